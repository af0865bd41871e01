/**
 * Where the database comes from: the embedded PostgreSQL default, {@code DATABASE_URL}
 * parsing, and clear start-up failures for migrations. Serves every feature and imports
 * none of them.
 */
package dev.inkwell.database;
