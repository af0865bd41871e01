/**
 * The explorer's server side: with {@code inkwell.debug.sql} on, every GraphQL response
 * over HTTP carries {@code extensions.sql}, the SQL statements that request ran (and
 * their plans on request), which the GraphiQL page at {@code /graphiql} shows in its SQL
 * panel.
 */
package dev.inkwell.explorer;
