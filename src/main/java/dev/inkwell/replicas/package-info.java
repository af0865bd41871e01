/**
 * Queries on PostgreSQL streaming replicas, mutations and everything else on the primary,
 * with read-your-writes by WAL position (ADR 039): present only when
 * {@code inkwell.datasource.replicas} names replicas. Serves every feature and imports
 * none; the package that knows the viewer tells it who reads and who wrote
 * ({@link Readers}).
 */
package dev.inkwell.replicas;
