package dev.inkwell.post;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of full-text search (Query.searchPosts).
 *
 * @param maxQueryLength the longest search text accepted, in characters; longer is a
 * BAD_USER_INPUT error
 */
@ConfigurationProperties("inkwell.search")
record SearchProperties(@DefaultValue("200") int maxQueryLength) {
}
