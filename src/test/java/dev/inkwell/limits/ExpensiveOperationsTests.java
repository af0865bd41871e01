package dev.inkwell.limits;

import java.util.Map;

import graphql.GraphQLContext;
import graphql.ExecutionInput;
import org.junit.jupiter.api.Test;

import dev.inkwell.graphql.GraphQlProperties;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expensive operations take turns: past the bound a request is refused, and a finished
 * one frees its turn.
 */
class ExpensiveOperationsTests {

	private final GraphQlProperties limits = new Binder(
			new MapConfigurationPropertySource(Map.of("inkwell.graphql.expensive-cost", "1000",
					"inkwell.graphql.max-concurrent-expensive", "2", "inkwell.graphql.expensive-wait", "50ms")))
		.bindOrCreate("inkwell.graphql", GraphQlProperties.class);

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
