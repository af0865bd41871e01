/**
 * Cross-cutting GraphQL concerns shared by every feature: global IDs, Relay connections and keyset
 * cursors, paging limits, scalars and the error catalogue. Imports no feature package.
 */
package dev.inkwell.graphql;
