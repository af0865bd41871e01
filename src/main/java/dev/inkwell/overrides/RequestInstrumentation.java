package dev.inkwell.overrides;

import java.util.List;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.dataloader.DataLoaderDispatchingContextKeys;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

import dev.inkwell.graphql.ExecutionEndListener;
import dev.inkwell.projection.SelectedFields;

import org.springframework.stereotype.Component;

/**
 * Inkwell's graphql-java instrumentation. Spring for GraphQL chains it with its own
 * observation instrumentation ({@code graphql.request}, {@code graphql.dataloader}, and
 * {@code graphql.datafetcher} when switched on) and any other {@code Instrumentation}
 * bean, in bean order. It sets two engine options per execution (exhausted DataLoader
 * dispatching, ADR 023; {@link ResponseMap}, ADR 030), stores the operation's selected
 * fields, and tells the {@link ExecutionEndListener}s of other packages that the
 * execution ended.
 * <p>
 * Until issue 27 it replaced Spring's chain and its observation instrumentation (ADR
 * 022); re-measured against Spring's chain, that no longer gained anything (ADR 041).
 */
@Component
class RequestInstrumentation extends SimplePerformantInstrumentation {

	private final List<ExecutionEndListener> listeners;

	RequestInstrumentation(List<ExecutionEndListener> listeners) {
		this.listeners = List.copyOf(listeners);
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		GraphQLContext context = parameters.getGraphQLContext();
		return SimpleInstrumentationContext
			.whenCompleted((result, failure) -> listeners.forEach(listener -> listener.executionEnded(context)));
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
		return input;
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
		return SimpleInstrumentationContext.noOp();
	}

}
