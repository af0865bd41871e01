/**
 * Limits checked before a document executes (depth, fields), and the cache of parsed and
 * validated documents they are measured on once. Imports no feature package.
 */
package dev.inkwell.limits;
