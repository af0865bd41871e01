package dev.inkwell.migrations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.inkwell.InkwellApplication;
import dev.inkwell.support.FreshDatabases;
import dev.inkwell.support.InkwellIntegrationTest;
import liquibase.Liquibase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Validate mode never changes the schema: the server starts only on a database at the
 * changelog's version, and otherwise refuses, naming the pending (or unknown) changesets
 * and the command that prints their SQL.
 */
@InkwellIntegrationTest
class ValidateModeIntegrationTests {

	private static final List<String> CHANGESET_IDS = Changelog.load()
		.changeSets()
		.stream()
		.map(c -> c.getId())
		.toList();

	@Autowired
	FreshDatabases databases;

	@Test
	void shouldRefuseToStartWithPendingChangesetsNamingThemAndApplyNothing() throws Exception {
		String url = databases.create("validate_pending");
		migrate(url, CHANGESET_IDS.size() - 2);

		SchemaNotAtChangelogVersionException refusal = refusal(() -> start(url, "--inkwell.migrations.mode=validate"));

		assertThat(refusal.version().pending()).extracting(ChangesetRef::id)
			.containsExactlyElementsOf(CHANGESET_IDS.subList(CHANGESET_IDS.size() - 2, CHANGESET_IDS.size()));
		assertThat(jdbc(url).queryForObject("select count(*) from databasechangelog", Integer.class))
			.isEqualTo(CHANGESET_IDS.size() - 2);
		FailureAnalysis analysis = new SchemaNotAtChangelogVersionFailureAnalyzer().analyze(refusal);
		assertThat(analysis.getDescription())
			.contains(refusal.version().pending().stream().map(ChangesetRef::toString).toList());
		assertThat(analysis.getAction()).contains("db update-sql");
	}

	@Test
	void shouldCreateNothingInAnEmptyDatabase() {
		String url = databases.create("validate_empty");

		SchemaNotAtChangelogVersionException refusal = refusal(() -> start(url, "--inkwell.migrations.mode=validate"));

		assertThat(refusal.version().pending()).hasSize(CHANGESET_IDS.size());
		assertThat(jdbc(url).queryForObject(
				"select count(*) from pg_class where relnamespace = current_schema()::regnamespace", Integer.class))
			.isZero();
	}

	@Test
	void shouldStartAndServeOnADatabaseAtTheChangelogsVersion() {
		String url = databases.create("validate_current");
		start(url, "--inkwell.migrations.mode=apply").close();

		try (ConfigurableApplicationContext server = start(url, "--inkwell.migrations.mode=validate")) {
			assertThat(post(server, "/graphql", Map.of("query", "{ posts { totalCount } }")))
				.isEqualTo(Map.of("data", Map.of("posts", Map.of("totalCount", 0))));
			Map<?, ?> migrations = (Map<?, ?>) ((Map<?, ?>) get(server, "/actuator/health/migrations")).get("details");
			assertThat(migrations.get("mode")).isEqualTo("validate");
			assertThat(migrations.get("pending")).isEqualTo(List.of());
			assertThat(migrations.get("databaseVersion")).isEqualTo(CHANGESET_IDS.get(CHANGESET_IDS.size() - 1));
		}
	}

	@Test
	void shouldValidateByDefaultOnAnExternalDatabase() {
		String url = databases.create("validate_default");

		SchemaNotAtChangelogVersionException refusal = refusal(
				() -> new SpringApplicationBuilder(InkwellApplication.class).run(
						"--DATABASE_URL=" + databases.asDatabaseUrl(url), "--server.port=0",
						"--inkwell.migrations.mode="));

		assertThat(refusal.version().pending()).hasSize(CHANGESET_IDS.size());
	}

	@Test
	void shouldRefuseADatabaseThatANewerChangelogMigrated() {
		String url = databases.create("validate_newer");
		start(url, "--inkwell.migrations.mode=apply").close();
		jdbc(url).update("""
				insert into databasechangelog (id, author, filename, dateexecuted, orderexecuted, exectype, md5sum)
				values ('999', 'inkwell', 'db/changelog/999-from-the-future.sql', now(), 999, 'EXECUTED', '9:0')
				""");

		SchemaNotAtChangelogVersionException refusal = refusal(() -> start(url, "--inkwell.migrations.mode=validate"));

		assertThat(refusal.version().pending()).isEmpty();
		assertThat(refusal.version().unexpected()).extracting(ChangesetRef::id).containsExactly("999");
	}

	@Test
	void shouldRefuseADatabaseWhoseAppliedChangesetWasEdited() {
		String url = databases.create("validate_edited");
		start(url, "--inkwell.migrations.mode=apply").close();
		// What an edit of 002-create-author.sql after it was applied looks like to
		// Liquibase.
		jdbc(url).update("update databasechangelog set md5sum = '9:00000000000000000000000000000000' where id = '002'");

		SchemaNotAtChangelogVersionException refusal = refusal(() -> start(url, "--inkwell.migrations.mode=validate"));

		assertThat(refusal.version().edited()).extracting(ChangesetRef::id).containsExactly("002");
		assertThat(refusal.version().pending()).isEmpty();
	}

	private ConfigurableApplicationContext start(String url, String... args) {
		return new SpringApplicationBuilder(InkwellApplication.class)
			.run(Stream
				.concat(Stream.of("--spring.datasource.url=" + url,
						"--spring.datasource.username=" + databases.username(), "--server.port=0"), Stream.of(args))
				.toArray(String[]::new));
	}

	private void migrate(String url, int changesets) throws Exception {
		try (Connection connection = DriverManager.getConnection(url, databases.username(), "")) {
			new Liquibase(Changelog.PATH, Changelog.resourceAccessor(), SchemaDrift.database(connection))
				.update(changesets, "");
		}
	}

	private JdbcTemplate jdbc(String url) {
		return new JdbcTemplate(new DriverManagerDataSource(url, databases.username(), ""));
	}

	private static SchemaNotAtChangelogVersionException refusal(Runnable start) {
		Throwable failure = catchThrowable(start::run);
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SchemaNotAtChangelogVersionException refusal) {
				return refusal;
			}
		}
		throw new AssertionError("expected the start to be refused for the schema version, got " + failure, failure);
	}

	static Map<?, ?> post(ConfigurableApplicationContext server, String path, Object body) {
		return client(server).post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.body(Map.class);
	}

	static Object get(ConfigurableApplicationContext server, String path) {
		return client(server).get().uri(path).retrieve().body(Map.class);
	}

	private static RestClient client(ConfigurableApplicationContext server) {
		return RestClient.create("http://localhost:" + server.getEnvironment().getProperty("local.server.port"));
	}

}
