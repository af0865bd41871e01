package dev.inkwell.limits;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parses, validates and measures each distinct document once: clients send the same few documents
 * again and again, and parsing, validation and walking the document for the {@link QueryLimits}
 * were a large share of a small query's time (docs/benchmarks.md). Entries with errors are kept
 * too (a bad document stays bad). A document deeper or wider than the limits is refused with
 * {@code ExecutionAborted} (QUERY_TOO_COMPLEX) before anything runs, cached or not.
 */
@Configuration(proxyBeanMethods = false)
class ParsedDocumentCache implements PreparsedDocumentProvider {

	/** The key of a document's only operation when it has no name. */
	private static final String ANONYMOUS = "";

	private final Cache<String, CachedDocument> documents;

	private final QueryLimits limits;

	ParsedDocumentCache(@Value("${inkwell.graphql.document-cache-size:500}") int size, QueryLimits limits) {
		this.documents = Caffeine.newBuilder().maximumSize(size).build();
		this.limits = limits;
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		CachedDocument cached = documents.get(input.getQuery(), query -> measure(parseAndValidate.apply(input)));
		QueryShape shape = cached.shapes().get(input.getOperationName() == null ? ANONYMOUS : input.getOperationName());
		if (shape == null && input.getOperationName() == null && cached.shapes().size() == 1) {
			shape = cached.shapes().values().iterator().next();
		}
		QueryLimits.Refusal refusal = shape == null ? null : limits.refusal(shape);
		if (refusal == null) {
			return CompletableFuture.completedFuture(cached.entry());
		}
		return CompletableFuture.completedFuture(new PreparsedDocumentEntry(
				GraphqlErrorBuilder.newError()
					.errorType(ErrorType.ExecutionAborted)
					.message(refusal.message())
					.extensions(refusal.extensions())
					.build()));
	}

	/** Shapes of every operation of a valid document; none for a document with errors. */
	private CachedDocument measure(PreparsedDocumentEntry entry) {
		if (entry.hasErrors()) {
			return new CachedDocument(entry, Map.of());
		}
		Document document = entry.getDocument();
		Map<String, FragmentDefinition> fragments = new HashMap<>();
		document.getDefinitionsOfType(FragmentDefinition.class).forEach(fragment -> fragments.put(fragment.getName(), fragment));
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		Map<String, QueryShape> shapes = new HashMap<>();
		for (OperationDefinition operation : operations) {
			shapes.put(operation.getName() == null ? ANONYMOUS : operation.getName(),
					QueryShape.of(operation, fragments, limits.maxFields()));
		}
		return new CachedDocument(entry, Map.copyOf(shapes));
	}

	/** A parsed and validated document with the shape of each of its operations, by name. */
	private record CachedDocument(PreparsedDocumentEntry entry, Map<String, QueryShape> shapes) {
	}

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentCacheCustomizer() {
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
	}

}
