package dev.inkwell.graphql;

import java.util.function.Function;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;

/**
 * Data fetchers for fields computed from their source object alone (a global ID, a
 * visible body). They are {@link TrivialDataFetcher}s, like graphql-java's property
 * reads: Spring for GraphQL neither invokes them through its annotated-handler adapter
 * nor wraps them to propagate context, which matters for fields asked thousands of times
 * per response (every comment of a thread).
 */
public final class SourceFields {

	private SourceFields() {
	}

	public static <S, T> DataFetcher<T> read(Function<S, T> field) {
		return (TrivialDataFetcher<T>) env -> field.apply(env.getSource());
	}

}
