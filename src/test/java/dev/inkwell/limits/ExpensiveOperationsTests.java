package dev.inkwell.limits;

import java.time.Duration;

import graphql.GraphQLContext;
import graphql.ExecutionInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expensive operations take turns: past the bound a request is refused, and a finished
 * one frees its turn.
 */
class ExpensiveOperationsTests {

	private final QueryLimits limits = new QueryLimits(15, 2000, 50_000, 100, 50, 20, 50, 15_000, 65536, 1000, 2,
			Duration.ofMillis(50));

	private final ExpensiveOperations expensive = new ExpensiveOperations(limits);

	@Test
	void shouldAdmitCheapOperationsWithoutATurn() {
		for (int i = 0; i < 10; i++) {
			assertThat(expensive.admit(999, GraphQLContext.newContext().build())).isTrue();
		}
	}

	@Test
	void shouldRefuseAnExpensiveOperationWhenEveryTurnIsTakenAndAdmitItOnceOneEnds() {
		ExecutionInput first = ExecutionInput.newExecutionInput("{ __typename }").build();
		assertThat(expensive.admit(1000, first.getGraphQLContext())).isTrue();
		assertThat(expensive.admit(40_000, GraphQLContext.newContext().build())).isTrue();
		assertThat(expensive.admit(1000, GraphQLContext.newContext().build())).isFalse();
		finish(first);
		assertThat(expensive.admit(1000, GraphQLContext.newContext().build())).isTrue();
	}

	private void finish(ExecutionInput input) {
		expensive.executionEnded(input.getGraphQLContext());
	}

}
