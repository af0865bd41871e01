package dev.inkwell.overrides;

import dev.inkwell.support.InkwellIntegrationTest;
import graphql.execution.instrumentation.ChainedInstrumentation;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inkwell's instrumentation runs in Spring's chain, beside Spring's observation
 * instrumentation, and the end-of-execution work of other packages happens.
 */
@InkwellIntegrationTest
class RequestInstrumentationIntegrationTests {

	/**
	 * 60 posts × 100 comments: a cost over the default expensive-cost (5000), so each
	 * execution takes one of the 3 permits.
	 */
	private static final String EXPENSIVE = """
			{ posts(first: 60) { edges { node { comments(first: 100) { edges { node { body } } } } } } }
			""";

	@Autowired
	GraphQlSource source;

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void shouldRunInSpringsChainBesideItsObservations() {
		assertThat(source.graphQl().getInstrumentation())
			.asInstanceOf(InstanceOfAssertFactories.type(ChainedInstrumentation.class))
			.extracting(ChainedInstrumentation::getInstrumentations)
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.map(Object::getClass)
			.containsExactlyInAnyOrder(GraphQlObservationInstrumentation.class, RequestInstrumentation.class);
	}

	/**
	 * With the permits never given back, the fourth would wait its 2 s and be refused
	 * UNAVAILABLE.
	 */
	@Test
	void shouldGiveBackThePermitOfEveryExpensiveExecution() {
		for (int i = 0; i < 6; i++) {
			graphQl.document(EXPENSIVE).execute().errors().verify().path("posts.edges").hasValue();
		}
	}

}
