package dev.inkwell.migrations;

import java.util.Arrays;
import java.util.Map;

import dev.inkwell.InkwellApplication;
import dev.inkwell.support.FreshDatabases;
import dev.inkwell.support.InkwellIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code INKWELL_ACTUATOR_EXPOSE=health,info,prometheus} and data-fetcher
 * observations switched on, /actuator/prometheus serves Spring for GraphQL's request,
 * data-fetcher and data-loader timings, the pool's metrics, and Inkwell's own queues: the
 * execution threads', the expensive operations' permits and the document caches.
 */
@InkwellIntegrationTest
class PrometheusIntegrationTests {

	@Autowired
	FreshDatabases databases;

	@Test
	void shouldServeGraphQlAndPoolMetricsWhenExposed() {
		String url = databases.create("prometheus");
		// Every operation counts as expensive here, so the permits' wait is metered too.
		try (ConfigurableApplicationContext server = new SpringApplicationBuilder(InkwellApplication.class).run(
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + databases.username(),
				"--server.port=0", "--management.endpoints.web.exposure.include=health,info,prometheus",
				"--management.observations.enable.graphql.datafetcher=true", "--inkwell.graphql.expensive-cost=1")) {
			JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
			Long author = jdbc.queryForObject("insert into author (username, email, display_name) "
					+ "values ('metered', 'metered@example.com', 'Metered') returning id", Long.class);
			jdbc.update("insert into post (author_id, title, body) values (?, 'Metered', 'Counted.')", author);
			RestClient client = RestClient
				.create("http://localhost:" + server.getEnvironment().getProperty("local.server.port"));
			for (int i = 0; i < 3; i++) {
				client.post()
					.uri("/graphql")
					.contentType(MediaType.APPLICATION_JSON)
					.body(Map.of("query",
							"{ posts(first: 5) { totalCount edges { node { title author { username } } } } }"))
					.retrieve()
					.toBodilessEntity();
			}

			String metrics = client.get().uri("/actuator/prometheus").retrieve().body(String.class);

			assertThat(metrics).contains("graphql_request_seconds_count", "graphql_datafetcher_seconds_count",
					"graphql_dataloader_seconds_count", "hikaricp_connections_active");
			assertThat(value(metrics, "inkwell_execution_queued")).isZero();
			assertThat(value(metrics, "inkwell_execution_queue_wait_seconds_count")).isEqualTo(3);
			assertThat(value(metrics, "inkwell_expensive_permits_used")).isZero();
			assertThat(value(metrics, "inkwell_expensive_permits_waiting")).isZero();
			assertThat(value(metrics, "inkwell_expensive_permits_wait_seconds_count", "outcome=\"acquired\""))
				.isEqualTo(3);
			assertThat(value(metrics, "cache_gets_total", "cache=\"graphql.documents.parsed\"", "result=\"miss\""))
				.isEqualTo(1);
			assertThat(value(metrics, "cache_gets_total", "cache=\"graphql.documents.parsed\"", "result=\"hit\""))
				.isEqualTo(2);
			assertThat(value(metrics, "cache_gets_total", "cache=\"graphql.documents.persisted\"", "result=\"miss\""))
				.isZero();
		}
	}

	/** The value of the one sample of this name with these labels. */
	private static double value(String metrics, String name, String... labels) {
		return Arrays.stream(metrics.split("\n"))
			.filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
			.filter(line -> Arrays.stream(labels).allMatch(line::contains))
			.map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.reduce((first, second) -> {
				throw new AssertionError("More than one sample of " + name + " " + Arrays.toString(labels));
			})
			.orElseThrow(() -> new AssertionError("No sample of " + name + " " + Arrays.toString(labels)));
	}

}
