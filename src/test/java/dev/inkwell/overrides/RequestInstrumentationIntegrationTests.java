package dev.inkwell.overrides;

import dev.inkwell.support.InkwellIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One instrumentation does the request observation and the end-of-execution work of other
 * packages: graphql-java runs it unchained, and what it is told still happens.
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
	void shouldInstallExactlyOneInstrumentation() {
		assertThat(source.graphQl().getInstrumentation()).isInstanceOf(RequestInstrumentation.class);
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
