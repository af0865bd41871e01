/**
 * The error catalogue: one {@code ErrorCode} per kind of failure a client can act on, the
 * small domain exceptions that carry them, input validation helpers, and the mapping of
 * exceptions and constraint violations to classified GraphQL errors. Imports no feature
 * package.
 */
package dev.inkwell.errors;
