/**
 * How configuration reaches the server besides Spring's own sources: the short
 * environment variables operators already use, each an alias of one property. Defaults
 * live in the {@code @ConfigurationProperties} records of each package. Imports no
 * feature package.
 */
package dev.inkwell.config;
