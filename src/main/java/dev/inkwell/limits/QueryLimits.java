package dev.inkwell.limits;

import java.util.Map;

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
	Refusal refusal(QueryShape shape) {
		if (shape.depth() > maxDepth) {
			return new Refusal("The query is nested %d fields deep; the limit is %d".formatted(shape.depth(), maxDepth),
					Map.of("limit", "maxDepth", "max", maxDepth, "depth", shape.depth()));
		}
		if (shape.fields() > maxFields) {
			return new Refusal(
					"The query selects more than %d fields (aliases and fragments counted)".formatted(maxFields),
					Map.of("limit", "maxFields", "max", maxFields));
		}
		return null;
	}

	/**
	 * A refused shape: a message for people, and extensions for programs: the limit it broke
	 * ({@code limit}: maxDepth or maxFields), that limit's value ({@code max}) and, for depth, the
	 * query's ({@code depth}).
	 */
	record Refusal(String message, Map<String, Object> extensions) {
	}

}
