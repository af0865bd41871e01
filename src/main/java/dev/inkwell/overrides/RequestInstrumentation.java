package dev.inkwell.overrides;

import java.util.List;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.dataloader.DataLoaderDispatchingContextKeys;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import dev.inkwell.graphql.ExecutionEndListener;
import dev.inkwell.graphql.OperationStartListener;
import dev.inkwell.projection.SelectedFields;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.observation.DataFetcherObservationConvention;
import org.springframework.graphql.observation.DataLoaderObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;
import org.springframework.stereotype.Component;

/**
 * The one graphql-java instrumentation Inkwell installs (ADR 022). graphql-java calls an
 * instrumentation's hooks for every field of a response, and a chain of them (which
 * Spring builds even around a single one) allocates per field whether a hook does
 * anything or not. So this one, set on the engine unchained, does all: Spring's
 * observations of each request ({@code graphql.request}) and batch load
 * ({@code graphql.dataloader}); it tells the {@link OperationStartListener}s of other
 * packages (none unless read replicas are configured) that the operation starts, and the
 * {@link ExecutionEndListener}s that the execution ended.
 * <p>
 * Fields are observed ({@code graphql.datafetcher}) only when that observation is
 * switched on ({@code management.observations.enable.graphql.datafetcher}, or
 * {@code INKWELL_OBSERVE_DATA_FETCHERS}). Spring's instrumentation would otherwise wrap
 * every non-trivial data fetcher in an observation and a copied
 * {@code DataFetchingEnvironment} even while the observation is switched off; here the
 * data fetchers then run as they are.
 * <p>
 * Other {@link Instrumentation} beans are not dropped: with any, the engine gets them and
 * this one chained in the order Spring gives the beans, as Spring would have done (ADR
 * 033).
 */
@Component
class RequestInstrumentation extends GraphQlObservationInstrumentation implements GraphQlSourceBuilderCustomizer {

	private final boolean observeDataFetchers;

	private final List<ExecutionEndListener> listeners;

	private final OperationStartListener[] starters;

	private final BeanFactory beans;

	RequestInstrumentation(ObservationRegistry registry, ObjectProvider<ExecutionRequestObservationConvention> requests,
			ObjectProvider<DataFetcherObservationConvention> dataFetchers,
			ObjectProvider<DataLoaderObservationConvention> dataLoaders, List<ExecutionEndListener> listeners,
			List<OperationStartListener> starters, BeanFactory beans) {
		super(registry, requests.getIfAvailable(), dataFetchers.getIfAvailable(), dataLoaders.getIfAvailable());
		// The registry applies management.observations.enable.* (application.properties
		// switches graphql.datafetcher off): asking it keeps that setting the only one.
		this.observeDataFetchers = !Observation.createNotStarted("graphql.datafetcher", registry).isNoop();
		this.listeners = List.copyOf(listeners);
		this.starters = starters.toArray(OperationStartListener[]::new);
		this.beans = beans;
	}

	/**
	 * Spring wraps even a single instrumentation in graphql-java's chain; this one is set
	 * on the engine as it is, which Spring applies after its own choice.
	 */
	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.configureGraphQl(graphQl -> graphQl.instrumentation(composed()));
	}

	/**
	 * This one alone when it is the only instrumentation bean; else every instrumentation
	 * bean, this one included, chained in bean order: the list Spring Boot hands Spring
	 * for GraphQL, whose chain this one replaces.
	 */
	private Instrumentation composed() {
		// From the factory, not injected: an injected provider would leave this bean out
		// of its own list.
		List<Instrumentation> all = beans.getBeanProvider(Instrumentation.class).orderedStream().toList();
		return (all.size() == 1) ? all.get(0) : new ChainedInstrumentation(all);
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		InstrumentationContext<ExecutionResult> observed = super.beginExecution(parameters, state);
		GraphQLContext context = parameters.getGraphQLContext();
		return new InstrumentationContext<>() {

			@Override
			public void onDispatched() {
				if (observed != null) {
					observed.onDispatched();
				}
			}

			@Override
			public void onCompleted(ExecutionResult result, Throwable failure) {
				try {
					if (observed != null) {
						observed.onCompleted(result, failure);
					}
				}
				finally {
					listeners.forEach(listener -> listener.executionEnded(context));
				}
			}

		};
	}

	/**
	 * DataLoaders are dispatched when the execution has nothing left to run without them
	 * (graphql-java's exhausted dispatching), not by counting each level's fields: the
	 * same batches, without the per-field bookkeeping of the level strategy (ADR 023).
	 * The response's objects are {@link ResponseMap}s (ADR 030).
	 */
	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		DataLoaderDispatchingContextKeys.setEnableDataLoaderExhaustedDispatching(input.getGraphQLContext(), true);
		GraphQL.unusualConfiguration(input.getGraphQLContext()).responseMapFactory().setFactory(ResponseMap.FACTORY);
		return super.instrumentExecutionInput(input, parameters, state);
	}

	/**
	 * The fields the operation selects on each type, for native statements that read
	 * costly columns only when a field needs them (computed when the first one asks, once
	 * per operation when no directive can change them).
	 */
	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		SelectedFields.store(execution.getGraphQLContext(), execution.getDocument(), execution.getOperationDefinition(),
				() -> execution.getNormalizedQueryTree().get());
		for (OperationStartListener starter : starters) {
			starter.operationStarting(execution.getGraphQLContext(), execution.getOperationDefinition().getOperation());
		}
		return super.beginExecuteOperation(parameters, state);
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		return observeDataFetchers ? super.instrumentDataFetcher(dataFetcher, parameters, state) : dataFetcher;
	}

}
