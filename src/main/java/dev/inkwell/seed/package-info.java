/**
 * The benchmark data generator: {@code --inkwell.seed.scale=N} fills an empty database with a
 * large, deterministic blog (set-based SQL, no row-by-row inserts) and exits.
 */
package dev.inkwell.seed;
