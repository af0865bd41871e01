package dev.inkwell.migrations;

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
 * data-fetcher and data-loader timings and the pool's metrics.
 */
@InkwellIntegrationTest
class PrometheusIntegrationTests {

	@Autowired
	FreshDatabases databases;

	@Test
	void shouldServeGraphQlAndPoolMetricsWhenExposed() {
		String url = databases.create("prometheus");
		try (ConfigurableApplicationContext server = new SpringApplicationBuilder(InkwellApplication.class).run(
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + databases.username(),
				"--server.port=0", "--management.endpoints.web.exposure.include=health,info,prometheus",
				"--management.observations.enable.graphql.datafetcher=true")) {
			JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
			Long author = jdbc.queryForObject("insert into author (username, email, display_name) "
					+ "values ('metered', 'metered@example.com', 'Metered') returning id", Long.class);
			jdbc.update("insert into post (author_id, title, body) values (?, 'Metered', 'Counted.')", author);
			RestClient client = RestClient
				.create("http://localhost:" + server.getEnvironment().getProperty("local.server.port"));
			client.post()
				.uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("query",
						"{ posts(first: 5) { totalCount edges { node { title author { username } } } } }"))
				.retrieve()
				.toBodilessEntity();

			String metrics = client.get().uri("/actuator/prometheus").retrieve().body(String.class);

			assertThat(metrics).contains("graphql_request_seconds_count", "graphql_datafetcher_seconds_count",
					"graphql_dataloader_seconds_count", "hikaricp_connections_active");
		}
	}

}
