package dev.inkwell.overrides;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLContext;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.schema.GraphQLObjectType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * How queries execute: graphql-java's own strategy, except that the fields a selection
 * asks of an object type are collected once per execution instead of once per object.
 * graphql-java collects them again for every object it completes (fragments, aliases,
 * {@code @skip}/{@code @include}), though within one execution the result depends only on
 * the selection and the object's type: the document and the variables do not change. A
 * 5,000-comment thread collected the fields of its edges, comments and authors 15,000
 * times; now three times.
 * <p>
 * The cache is keyed by graphql-java's merged field (a response key's field nodes) and
 * the object type, the merged field by identity: it is the same object for every item of
 * a list, and for the same field under every parent once the parent's fields come from
 * this cache; its equality, which compares the nodes it holds, would say the same at more
 * cost. Executions with incremental delivery ({@code @defer}) keep graphql-java's own
 * path, and so do mutations (graphql-java's serial strategy runs their root fields).
 * <p>
 * The strategy handles data fetcher exceptions as Spring's default one does: with the
 * application's {@link DataFetcherExceptionResolver}s, in the order Spring Boot gives
 * them to the GraphQL source.
 */
@Component
class QueryExecution implements GraphQlSourceBuilderCustomizer {

	private final ObjectProvider<DataFetcherExceptionResolver> resolvers;

	QueryExecution(ObjectProvider<DataFetcherExceptionResolver> resolvers) {
		this.resolvers = resolvers;
	}

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.configureGraphQl(graphQl -> graphQl.queryExecutionStrategy(new FieldsCollectedOnce(
				DataFetcherExceptionResolver.createExceptionHandler(resolvers.orderedStream().toList()))));
	}

	static final class FieldsCollectedOnce extends AsyncExecutionStrategy {

		/** The execution's collected fields, in its GraphQL context. */
		private static final String COLLECTED = FieldsCollectedOnce.class.getName() + ".collected";

		FieldsCollectedOnce(DataFetcherExceptionHandler exceptionHandler) {
			super(exceptionHandler);
		}

		@Override
		protected Object completeValueForObject(ExecutionContext execution, ExecutionStrategyParameters parameters,
				GraphQLObjectType type, Object result) {
			Collected collected = collected(execution);
			if (collected.sets() == null) {
				return super.completeValueForObject(execution, parameters, type, result);
			}
			MergedSelectionSet fields = collected.sets().get(new Selection(parameters.getField(), type));
			if (fields == null) {
				fields = collect(execution, parameters.getField(), type);
				collected.sets().putIfAbsent(new Selection(parameters.getField(), type), fields);
			}
			ExecutionStepInfo step = parameters.getExecutionStepInfo().changeTypeWithPreservedNonNull(type);
			ExecutionStrategyParameters objectParameters = ExecutionStrategyParameters.newParameters(parameters)
				.executionStepInfo(step)
				.fields(fields)
				.source(result)
				.build();
			return executeObject(execution, objectParameters);
		}

		/**
		 * The execution's collected fields: one lookup in its context per object (what
		 * asking whether it has incremental support would cost on its own).
		 */
		private Collected collected(ExecutionContext execution) {
			GraphQLContext context = execution.getGraphQLContext();
			Collected collected = context.get(COLLECTED);
			if (collected == null) {
				boolean own = !execution.hasIncrementalSupport() && execution.getQueryStrategy() == this;
				collected = context.computeIfAbsent(COLLECTED,
						key -> new Collected(own ? new ConcurrentHashMap<>() : null));
			}
			return collected;
		}

		private MergedSelectionSet collect(ExecutionContext execution, MergedField field, GraphQLObjectType type) {
			return fieldCollector.collectFields(FieldCollectorParameters.newParameters()
				.schema(execution.getGraphQLSchema())
				.objectType(type)
				.fragments(execution.getFragmentsByName())
				.variables(execution.getCoercedVariables().toMap())
				.graphQLContext(execution.getGraphQLContext())
				.build(), field, false);
		}

	}

	/**
	 * The fields collected so far in one execution, by selection; no map when the
	 * execution takes graphql-java's own path.
	 */
	private record Collected(Map<Selection, MergedSelectionSet> sets) {
	}

	/** A merged field, by identity, on one object type. */
	private record Selection(MergedField field, GraphQLObjectType type) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Selection that && that.field == field && that.type == type;
		}

		@Override
		public int hashCode() {
			return 31 * System.identityHashCode(field) + System.identityHashCode(type);
		}

	}

}
