package dev.inkwell.overrides;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many GraphQL requests execute at once when {@code max-concurrent-requests} is left
 * at 0: enough for the expensive operations' limit plus one per processor, at least three
 * per processor.
 */
class ConcurrentRequestsTests {

	@Test
	void shouldKeepAConfiguredCap() {
		assertThat(GraphQlHttpEndpoint.concurrentRequests(64, 4, 2)).isEqualTo(64);
	}

	@Test
	void shouldLeaveCheapRequestsOneThreadPerProcessorBesideTheExpensiveOnes() {
		assertThat(GraphQlHttpEndpoint.concurrentRequests(0, 4, 2)).isEqualTo(6);
		assertThat(GraphQlHttpEndpoint.concurrentRequests(0, 4, 1)).isEqualTo(5);
	}

	@Test
	void shouldAllowThreePerProcessorOnLargerMachines() {
		assertThat(GraphQlHttpEndpoint.concurrentRequests(0, 3, 2)).isEqualTo(6);
		assertThat(GraphQlHttpEndpoint.concurrentRequests(0, 3, 16)).isEqualTo(48);
	}

}
