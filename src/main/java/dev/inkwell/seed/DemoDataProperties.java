package dev.inkwell.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo blog a fresh server starts with.
 *
 * @param enabled whether an empty database is filled with the demo data (20 authors, 200
 * posts, 3,000 comments) before the port opens; unset, only on the embedded default
 * database (the profile demo sets it on an external one)
 */
@ConfigurationProperties("inkwell.demo-data")
record DemoDataProperties(Boolean enabled) {
}
