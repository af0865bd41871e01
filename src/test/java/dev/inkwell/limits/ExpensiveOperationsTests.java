package dev.inkwell.limits;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import graphql.GraphQLContext;
import graphql.ExecutionInput;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import dev.inkwell.graphql.GraphQlProperties;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expensive operations need a permit: past the bound a request is refused, and a finished
 * one gives its permit back; the meters show permits in use and the time waited.
 */
class ExpensiveOperationsTests {

	private final GraphQlProperties limits = new Binder(
			new MapConfigurationPropertySource(Map.of("inkwell.graphql.expensive-cost", "1000",
					"inkwell.graphql.max-concurrent-expensive", "2", "inkwell.graphql.expensive-wait", "50ms")))
		.bindOrCreate("inkwell.graphql", GraphQlProperties.class);

	private final MeterRegistry meters = new SimpleMeterRegistry();

	private final ExpensiveOperations expensive = new ExpensiveOperations(limits, meters);

	@Test
	void shouldAdmitCheapOperationsWithoutAPermit() {
		for (int i = 0; i < 10; i++) {
			assertThat(expensive.admit(999, GraphQLContext.newContext().build())).isTrue();
		}
	}

	@Test
	void shouldRefuseAnExpensiveOperationWhenEveryPermitIsTakenAndAdmitItOnceOneEnds() {
		ExecutionInput first = ExecutionInput.newExecutionInput("{ __typename }").build();
		assertThat(expensive.admit(1000, first.getGraphQLContext())).isTrue();
		assertThat(expensive.admit(40_000, GraphQLContext.newContext().build())).isTrue();
		assertThat(expensive.admit(1000, GraphQLContext.newContext().build())).isFalse();
		finish(first);
		assertThat(expensive.admit(1000, GraphQLContext.newContext().build())).isTrue();
	}

	@Test
	void shouldMeterPermitsInUseAndTheTimeWaitedForThem() {
		expensive.admit(1000, GraphQLContext.newContext().build());
		expensive.admit(1000, GraphQLContext.newContext().build());
		expensive.admit(1000, GraphQLContext.newContext().build());
		expensive.admit(999, GraphQLContext.newContext().build());

		assertThat(meters.get("inkwell.expensive.permits.used").gauge().value()).isEqualTo(2);
		assertThat(meters.get("inkwell.expensive.permits.waiting").gauge().value()).isZero();
		assertThat(meters.get("inkwell.expensive.permits.wait").tag("outcome", "acquired").timer().count())
			.isEqualTo(2);
		Timer refused = meters.get("inkwell.expensive.permits.wait").tag("outcome", "refused").timer();
		assertThat(refused.count()).isEqualTo(1);
		assertThat(refused.totalTime(TimeUnit.MILLISECONDS)).as("the refused one waited expensive-wait")
			.isGreaterThanOrEqualTo(45);
	}

	private void finish(ExecutionInput input) {
		expensive.executionEnded(input.getGraphQLContext());
	}

}
