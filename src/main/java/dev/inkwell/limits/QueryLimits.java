package dev.inkwell.limits;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on a document and its operations, checked before anything runs (by
 * {@link ParsedDocumentCache}, measured once per distinct document): a document too deep,
 * too wide, too costly, or with too many aliases, root fields, directives or tokens is
 * refused with QUERY_TOO_COMPLEX instead of loading the database. README, "Security and
 * limits", lists each with its default.
 *
 * @param maxDepth the deepest field nesting accepted (a top-level field is at depth 1)
 * @param maxFields the most fields one operation may select, counting every alias and
 * nesting
 * @param maxCost the largest cost ({@link QueryCost}) of one operation: the most field
 * values it may build
 * @param costDefaultFirst the page size assumed for a connection without {@code first}
 * @param maxAliases the most aliased fields of one operation
 * @param maxRootFields the most top-level fields of one operation
 * @param maxDirectives the most directives in one operation (fragments expanded)
 * @param maxTokens the most tokens the parser reads before it gives up
 * @param maxDocumentBytes the longest document text accepted, in UTF-8 bytes, checked
 * before parsing
 * @param expensiveCost the cost from which an operation counts as expensive
 * @param maxConcurrentExpensive how many expensive operations may run at once
 * @param expensiveWait how long an expensive operation waits for its turn before
 * UNAVAILABLE
 */
@ConfigurationProperties("inkwell.graphql")
public record QueryLimits(@DefaultValue("15") int maxDepth, @DefaultValue("2000") int maxFields,
		@DefaultValue("100000") long maxCost, @DefaultValue("100") int costDefaultFirst,
		@DefaultValue("50") int maxAliases, @DefaultValue("20") int maxRootFields,
		@DefaultValue("50") int maxDirectives, @DefaultValue("15000") int maxTokens,
		@DefaultValue("65536") int maxDocumentBytes, @DefaultValue("5000") long expensiveCost,
		@DefaultValue("3") int maxConcurrentExpensive, @DefaultValue("2s") Duration expensiveWait) {

	/**
	 * Why an operation of this shape is refused, or null when it is within the limits.
	 */
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
		if (shape.aliases() > maxAliases) {
			return new Refusal(
					"The query has %d aliased fields; the limit is %d".formatted(shape.aliases(), maxAliases),
					Map.of("limit", "maxAliases", "max", maxAliases));
		}
		if (shape.rootFields() > maxRootFields) {
			return new Refusal(
					"The query has %d top-level fields; the limit is %d".formatted(shape.rootFields(), maxRootFields),
					Map.of("limit", "maxRootFields", "max", maxRootFields));
		}
		if (shape.directives() > maxDirectives) {
			return new Refusal(
					"The query has %d directives; the limit is %d".formatted(shape.directives(), maxDirectives),
					Map.of("limit", "maxDirectives", "max", maxDirectives));
		}
		return null;
	}

	/**
	 * A refused shape: a message for people, and extensions for programs: the limit it
	 * broke ({@code limit}: maxDepth or maxFields), that limit's value ({@code max}) and,
	 * for depth, the query's ({@code depth}).
	 */
	record Refusal(String message, Map<String, Object> extensions) {
	}

}
