package dev.inkwell.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on the shape of a query, checked before anything runs (by {@link ParsedDocumentCache},
 * once per distinct document): a document too deep or with too many fields (aliases, fragment
 * spreads and skipped branches included) is refused with QUERY_TOO_COMPLEX instead of loading the
 * database.
 *
 * @param maxDepth the deepest field nesting accepted (a top-level field is at depth 1)
 * @param maxFields the most fields one operation may select, counting every alias and nesting
 */
@ConfigurationProperties("inkwell.graphql")
record QueryLimits(@DefaultValue("15") int maxDepth, @DefaultValue("2000") int maxFields) {

	/** Why an operation of this shape is refused, or null when it is within the limits. */
	String refusal(QueryShape shape) {
		if (shape.depth() > maxDepth) {
			return "The query is nested %d fields deep; the limit is %d".formatted(shape.depth(), maxDepth);
		}
		if (shape.fields() > maxFields) {
			return "The query selects more than %d fields (aliases and fragments counted)".formatted(maxFields);
		}
		return null;
	}

}
