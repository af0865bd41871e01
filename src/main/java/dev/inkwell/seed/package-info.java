/**
 * The benchmark data generator: {@code --inkwell.seed.scale=N} fills an empty database
 * with a large, deterministic blog (set-based SQL, no row-by-row inserts) and exits; the
 * same generator makes the small demo blog a fresh server starts with.
 */
package dev.inkwell.seed;
