package dev.inkwell.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where trusted documents come from and which documents run.
 *
 * @param documents the mode: {@code open} (default), {@code persisted} or {@code trusted}
 * @param documentsLocation a directory of {@code <sha256-hex>.graphql} files (a Spring
 * resource location)
 * @param persistedCacheSize how many documents {@code persisted} mode remembers from
 * clients (in memory)
 */
@ConfigurationProperties("inkwell.graphql")
record DocumentsProperties(@DefaultValue("open") DocumentsMode documents,
		@DefaultValue("classpath:/graphql-documents/") String documentsLocation,
		@DefaultValue("1000") int persistedCacheSize) {
}
