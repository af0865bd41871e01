/**
 * Limits checked before a document executes (depth, fields, aliases, cost, and only
 * queries over GET), the errors that refuse a document ({@code LimitErrors}), the permits
 * that bound expensive operations running at once, and the cache of parsed and validated
 * documents the limits are measured on once. Imports no feature package.
 */
package dev.inkwell.limits;
