package dev.inkwell.limits;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.inkwell.graphql.GraphQlProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * Parses, validates and measures each distinct document once: clients send the same few
 * documents again and again, and parsing, validation and walking the document for the
 * limits ({@link QueryShape}, {@link QueryCost}) were a large share of a small query's
 * time (docs/benchmarks.md). Entries with errors are kept too (a bad document stays bad).
 * An operation beyond the limits is refused with {@code ExecutionAborted}
 * (QUERY_TOO_COMPLEX) before anything runs, cached or not; its cost is measured once too,
 * unless a variable sets a page size. Its hits and misses are metered as the cache
 * {@code graphql.documents.parsed}.
 */
@Configuration(proxyBeanMethods = false)
class ParsedDocumentCache implements PreparsedDocumentProvider {

	private static final Logger log = LoggerFactory.getLogger(ParsedDocumentCache.class);

	/** The key of a document's only operation when it has no name. */
	private static final String ANONYMOUS = "";

	private final Cache<String, CachedDocument> documents;

	private final GraphQlProperties limits;

	private final ParserOptions parserOptions;

	private final ObjectProvider<GraphQlSource> graphQlSource;

	private final ExpensiveOperations expensive;

	ParsedDocumentCache(GraphQlProperties limits, ObjectProvider<GraphQlSource> graphQlSource,
			ExpensiveOperations expensive, MeterRegistry meters) {
		this.documents = CaffeineCacheMetrics.monitor(meters,
				Caffeine.newBuilder().maximumSize(limits.documentCacheSize()).recordStats().build(),
				"graphql.documents.parsed");
		this.limits = limits;
		this.graphQlSource = graphQlSource;
		this.expensive = expensive;
		this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
			.transform(options -> options.maxTokens(limits.maxTokens()).maxCharacters(limits.maxDocumentBytes()));
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		input.getGraphQLContext().put(ParserOptions.class, parserOptions);
		CachedDocument cached = documents.get(input.getQuery(),
				query -> measure(parseAndValidateSafely(input, parseAndValidate)));
		Measured operation = cached.operation(input.getOperationName());
		if (operation == null) {
			return CompletableFuture.completedFuture(cached.entry());
		}
		QueryShape.Refusal refusal = operation.shape().refusal(limits);
		if (refusal != null) {
			return refuse(LimitErrors.tooComplex(refusal.message(), refusal.extensions()));
		}
		if (ReadOnlyRequests.isReadOnly(input.getGraphQLContext())
				&& operation.definition().getOperation() != OperationDefinition.Operation.QUERY) {
			return refuse(LimitErrors.notAQuery(operation.definition().getOperation()));
		}
		long cost = operation.cost().usesVariables() ? cost(cached, operation, input.getRawVariables().toMap())
				: operation.cost().cost();
		if (cost > limits.maxCost()) {
			return refuse(LimitErrors.tooComplex(
					"The query may cost %d (%d rows or values); the limit is %d".formatted(cost, cost,
							limits.maxCost()),
					Map.of("limit", "maxCost", "max", limits.maxCost(), "cost", cost, "maxCost", limits.maxCost())));
		}
		if (!expensive.admit(cost, input.getGraphQLContext())) {
			return refuse(LimitErrors.busy(limits.expensiveWait()));
		}
		return CompletableFuture.completedFuture(cached.entry());
	}

	/**
	 * graphql-java 25's validation can throw on some invalid documents (a subscription
	 * with a fragment on an unknown type: a NullPointerException in
	 * SubscriptionUniqueRootField); such a document is invalid, not a server fault.
	 */
	private static PreparsedDocumentEntry parseAndValidateSafely(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		try {
			return parseAndValidate.apply(input);
		}
		catch (RuntimeException ex) {
			log.warn("Validation failed with {} on a document; answered as invalid", ex.toString());
			return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
				.errorType(graphql.ErrorType.ValidationError)
				.message("The document is not valid against the schema")
				.build());
		}
	}

	private static CompletableFuture<PreparsedDocumentEntry> refuse(graphql.GraphQLError error) {
		return CompletableFuture.completedFuture(new PreparsedDocumentEntry(error));
	}

	/**
	 * Shapes and costs of every operation of a valid document; none for a document with
	 * errors.
	 */
	private CachedDocument measure(PreparsedDocumentEntry entry) {
		if (entry.hasErrors()) {
			return new CachedDocument(entry, Map.of(), Map.of());
		}
		Document document = entry.getDocument();
		Map<String, FragmentDefinition> fragments = new HashMap<>();
		document.getDefinitionsOfType(FragmentDefinition.class)
			.forEach(fragment -> fragments.put(fragment.getName(), fragment));
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		Map<String, Measured> measured = new HashMap<>();
		for (OperationDefinition operation : operations) {
			QueryShape shape = QueryShape.of(operation, fragments, limits.maxFields());
			// The cost walk expands fragments like the shape's: only affordable within
			// the field limit.
			QueryCost.Result cost = shape.fields() > limits.maxFields() ? new QueryCost.Result(Long.MAX_VALUE, false)
					: QueryCost.of(operation, fragments, schema(), Map.of(), limits.costDefaultFirst());
			measured.put(operation.getName() == null ? ANONYMOUS : operation.getName(),
					new Measured(operation, shape, cost));
		}
		return new CachedDocument(entry, Map.copyOf(measured), Map.copyOf(fragments));
	}

	private long cost(CachedDocument cached, Measured operation, Map<String, Object> variables) {
		return QueryCost.of(operation.definition(), cached.fragments(), schema(), variables, limits.costDefaultFirst())
			.cost();
	}

	private GraphQLSchema schema() {
		return graphQlSource.getObject().schema();
	}

	/**
	 * A parsed and validated document with its operations measured, by name, and its
	 * fragments.
	 */
	private record CachedDocument(PreparsedDocumentEntry entry, Map<String, Measured> operations,
			Map<String, FragmentDefinition> fragments) {

		/**
		 * The operation a request runs, or null when the request names none that exists
		 * (graphql-java says so).
		 */
		Measured operation(String name) {
			Measured operation = operations.get(name == null ? ANONYMOUS : name);
			if (operation == null && name == null && operations.size() == 1) {
				return operations.values().iterator().next();
			}
			return operation;
		}

	}

	/** One operation of a document with its shape and its cost (without variables). */
	private record Measured(OperationDefinition definition, QueryShape shape, QueryCost.Result cost) {
	}

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentCacheCustomizer() {
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
	}

}
