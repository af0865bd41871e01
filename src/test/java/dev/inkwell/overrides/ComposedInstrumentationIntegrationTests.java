package dev.inkwell.overrides;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.inkwell.InkwellApplication;
import dev.inkwell.support.FreshDatabases;
import dev.inkwell.support.InkwellIntegrationTest;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.micrometer.core.instrument.MeterRegistry;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An {@code Instrumentation} bean an application adds runs next to Inkwell's own: its
 * effect shows in the response, and Inkwell's request metrics and end-of-execution work
 * still happen. A second server, so the shared context keeps the unchained engine.
 */
@InkwellIntegrationTest
class ComposedInstrumentationIntegrationTests {

	/** Expensive on this server (from cost 1): each execution takes its one permit. */
	private static final String QUERY = "{ posts(first: 5) { edges { node { title } } } }";

	@Autowired
	FreshDatabases databases;

	@Test
	void shouldRunAnAddedInstrumentationAndStillInkwellsOwn() {
		String url = databases.create("instrumented");
		try (ConfigurableApplicationContext server = new SpringApplicationBuilder(InkwellApplication.class,
				StampingInstrumentation.class)
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + databases.username(),
					"--server.port=0", "--inkwell.graphql.expensive-cost=1",
					"--inkwell.graphql.max-concurrent-expensive=1")) {
			RestClient client = RestClient
				.create("http://localhost:" + server.getEnvironment().getProperty("local.server.port"));

			// With the permit never given back, the second would wait 2 s and be refused.
			List<Map<String, Object>> responses = List.of(post(client), post(client), post(client));

			assertThat(responses).allSatisfy(response -> {
				assertThat(response).doesNotContainKey("errors").containsKey("data");
				assertThat(response).extractingByKey("extensions")
					.isEqualTo(Map.of("stampedBy", "an application's instrumentation"));
			});
			assertThat(server.getBean(MeterRegistry.class).get("graphql.request").timer().count()).isEqualTo(3);
			assertThat(server.getBean(GraphQlSource.class).graphQl().getInstrumentation())
				.asInstanceOf(InstanceOfAssertFactories.type(ChainedInstrumentation.class))
				.extracting(ChainedInstrumentation::getInstrumentations)
				.asInstanceOf(InstanceOfAssertFactories.LIST)
				.as("in bean order")
				.map(Object::getClass)
				.containsExactly(StampingInstrumentation.class, RequestInstrumentation.class);
		}
	}

	private static Map<String, Object> post(RestClient client) {
		return client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", QUERY))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
	}

	/** What an application might add: an extension on every response, ordered first. */
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static class StampingInstrumentation extends SimplePerformantInstrumentation {

		@Override
		public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
				InstrumentationExecutionParameters parameters, InstrumentationState state) {
			return CompletableFuture.completedFuture(
					result.transform(builder -> builder.addExtension("stampedBy", "an application's instrumentation")));
		}

	}

}
