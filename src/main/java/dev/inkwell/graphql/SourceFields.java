package dev.inkwell.graphql;

import java.util.function.Function;
import java.util.function.Supplier;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;

/**
 * Data fetchers for fields computed from their source object alone (a global ID, a
 * visible body). They are {@link LightDataFetcher}s, like graphql-java's property reads:
 * graphql-java hands them the source without building a {@link DataFetchingEnvironment}
 * (a builder and a fresh GraphQL context per call), and, being
 * {@link TrivialDataFetcher}s, Spring for GraphQL neither invokes them through its
 * annotated-handler adapter nor wraps them to propagate context. That matters for fields
 * asked thousands of times per response (every comment of a thread).
 */
public final class SourceFields {

	private SourceFields() {
	}

	public static <S, T> DataFetcher<T> read(Function<S, T> field) {
		return new Read<>(field);
	}

	private record Read<S, T>(Function<S, T> field) implements LightDataFetcher<T> {

		@Override
		public T get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
			return apply(source);
		}

		@Override
		public T get(DataFetchingEnvironment environment) {
			return apply(environment.getSource());
		}

		@SuppressWarnings("unchecked")
		private T apply(Object source) {
			return field.apply((S) source);
		}

	}

}
