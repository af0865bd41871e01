package dev.inkwell.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every inkwell.graphql.* setting (the HTTP endpoint's own are inkwell.graphql.http.*):
 * the limits on a document and its operations, checked before anything runs
 * (QUERY_TOO_COMPLEX), the permits expensive operations need, the parsed-document cache
 * and trusted documents.
 *
 * @param maxDepth the deepest field nesting accepted (a top-level field is at depth 1)
 * @param maxFields the most fields one operation may select, counting every alias and
 * nesting
 * @param maxCost the largest cost of one operation: the most field values it may build,
 * each connection multiplying what is under it by its first
 * @param costDefaultFirst the page size the cost assumes for a connection without first
 * @param maxAliases the most aliased fields of one operation
 * @param maxRootFields the most top-level fields of one operation
 * @param maxDirectives the most directives in one operation (fragments expanded)
 * @param maxTokens the most tokens the parser reads before it gives up
 * @param maxDocumentBytes the longest document text accepted, in UTF-8 bytes, checked
 * before parsing
 * @param expensiveCost the cost from which an operation counts as expensive
 * @param maxConcurrentExpensive how many expensive operations may run at once; each holds
 * tens of MB of heap while it runs
 * @param expensiveWait how long an expensive operation waits for a permit before
 * UNAVAILABLE
 * @param documentCacheSize how many distinct documents are kept parsed, validated and
 * measured
 * @param documents which documents run: open (any text), persisted (text and ids of
 * stored or registered documents) or trusted (only ids of stored documents)
 * @param documentsLocation a directory of trusted documents named sha256-hex.graphql (a
 * Spring resource location)
 * @param persistedCacheSize how many documents persisted mode remembers from clients (in
 * memory)
 */
@ConfigurationProperties("inkwell.graphql")
public record GraphQlProperties(@DefaultValue("15") int maxDepth, @DefaultValue("2000") int maxFields,
		@DefaultValue("100000") long maxCost, @DefaultValue("100") int costDefaultFirst,
		@DefaultValue("50") int maxAliases, @DefaultValue("20") int maxRootFields,
		@DefaultValue("50") int maxDirectives, @DefaultValue("15000") int maxTokens,
		@DefaultValue("65536") int maxDocumentBytes, @DefaultValue("5000") long expensiveCost,
		@DefaultValue("3") int maxConcurrentExpensive, @DefaultValue("2s") Duration expensiveWait,
		@DefaultValue("500") int documentCacheSize, @DefaultValue("open") DocumentsMode documents,
		@DefaultValue("classpath:/graphql-documents/") String documentsLocation,
		@DefaultValue("1000") int persistedCacheSize) {
}
