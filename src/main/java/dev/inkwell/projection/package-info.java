/**
 * SQL projection: which columns a native statement reads for the fields an operation
 * selects ({@link dev.inkwell.projection.SelectedFields}, a table's
 * {@link dev.inkwell.projection.Columns}, {@link dev.inkwell.projection.SqlPart}), apart
 * from Relay paging and identity. Imports no feature package.
 */
package dev.inkwell.projection;
