package dev.inkwell.graphql;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parses and validates each distinct document once: clients send the same few documents again
 * and again, and parsing plus validation is a large share of a small query's time. Entries with
 * errors are kept too (a bad document stays bad). The depth and field limits are checked on every
 * execution, cached or not.
 */
@Configuration(proxyBeanMethods = false)
class ParsedDocumentCache implements PreparsedDocumentProvider {

	private final Cache<String, PreparsedDocumentEntry> documents;

	ParsedDocumentCache(@Value("${inkwell.graphql.document-cache-size:500}") int size) {
		this.documents = Caffeine.newBuilder().maximumSize(size).build();
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		return CompletableFuture.completedFuture(documents.get(input.getQuery(), query -> parseAndValidate.apply(input)));
	}

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentCacheCustomizer() {
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
	}

}
