package dev.inkwell.migrations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.TestData;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /actuator/health (database, migrations, drift; readiness and liveness) and
 * /actuator/info are public; every other actuator endpoint stays closed until configured.
 */
@InkwellIntegrationTest
class ActuatorIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DriftMonitor driftMonitor;

	@Autowired
	MeterRegistry meters;

	@Autowired
	TestData data;

	@Test
	void shouldReportTheDatabaseAndTheMigrationsInHealth() {
		Map<?, ?> health = get("/actuator/health");

		assertThat(health.get("status")).isEqualTo("UP");
		Map<?, ?> components = (Map<?, ?>) health.get("components");
		assertThat(((Map<?, ?>) components.get("db")).get("status")).isEqualTo("UP");
		Map<?, ?> migrations = (Map<?, ?>) components.get("migrations");
		assertThat(migrations.get("status")).isEqualTo("UP");
		Map<?, ?> details = (Map<?, ?>) migrations.get("details");
		assertThat(details.get("mode")).isEqualTo("apply");
		assertThat(details.get("pending")).isEqualTo(List.of());
		assertThat(details.get("databaseVersion")).isEqualTo(lastAppliedId());
	}

	@Test
	void shouldShowTheDriftCountOnceAHealthRequestHasStartedTheCheck() throws Exception {
		get("/actuator/health");
		DriftMonitor.Check check = this.driftMonitor.refresh().get(3, TimeUnit.MINUTES);

		Map<?, ?> drift = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) get("/actuator/health").get("components"))
			.get("migrations")).get("details")).get("drift");

		assertThat(check.drift()).as(String.valueOf(check.error())).isNotNull();
		assertThat(drift.get("objects")).isEqualTo(check.drift().count());
		assertThat(check.drift().count()).as("the test database is the changelog's: " + check.drift()).isZero();
	}

	@Test
	void shouldAnswerTheReadinessAndLivenessProbes() {
		assertThat(get("/actuator/health/readiness").get("status")).isEqualTo("UP");
		assertThat(get("/actuator/health/liveness").get("status")).isEqualTo("UP");
	}

	@Test
	void shouldTellTheVersionTheSchemaHashAndTheChangelogVersion() throws Exception {
		Map<?, ?> info = get("/actuator/info");

		assertThat((String) ((Map<?, ?>) info.get("build")).get("version")).matches("\\d+\\.\\d+\\.\\d+.*");
		String sha256 = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(Path.of("schema.graphqls"))));
		assertThat(((Map<?, ?>) info.get("schema")).get("sha256")).isEqualTo(sha256);
		Map<?, ?> changelog = (Map<?, ?>) info.get("changelog");
		assertThat(changelog.get("version")).isEqualTo(lastAppliedId());
		assertThat(changelog.get("databaseVersion")).isEqualTo(lastAppliedId());
	}

	@Test
	void shouldKeepMetricsAndEveryOtherEndpointClosedByDefault() {
		for (String path : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/env", "/actuator/beans")) {
			assertThat(status(path).value()).as(path).isEqualTo(404);
		}
	}

	@Test
	void shouldObserveRequestsAndDataLoadersButNotEveryFieldByDefault() {
		long author = this.data.author("observed");
		this.data.post(author, "Observed", OffsetDateTime.now());

		RestClient.create("http://localhost:" + this.port)
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", "{ posts(first: 5) { edges { node { title author { username } } } } }"))
			.retrieve()
			.toBodilessEntity();

		assertThat(this.meters.find("graphql.request").timer()).isNotNull();
		assertThat(this.meters.find("graphql.dataloader").timer()).isNotNull();
		assertThat(this.meters.find("graphql.datafetcher").timer()).isNull();
		assertThat(this.meters.find("hikaricp.connections.active").gauge()).isNotNull();
	}

	private String lastAppliedId() {
		return this.jdbc.queryForObject("select id from databasechangelog order by orderexecuted desc limit 1",
				String.class);
	}

	private Map<?, ?> get(String path) {
		return RestClient.create("http://localhost:" + this.port).get().uri(path).retrieve().body(Map.class);
	}

	private HttpStatusCode status(String path) {
		return RestClient.create("http://localhost:" + this.port)
			.get()
			.uri(path)
			.exchange((request, response) -> response.getStatusCode());
	}

}
