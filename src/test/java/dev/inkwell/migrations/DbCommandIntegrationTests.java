package dev.inkwell.migrations;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import dev.inkwell.support.FreshDatabases;
import dev.inkwell.support.InkwellIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code db status | update-sql | update | rollback | rollback-sql | tag | drift} on
 * databases of their own: what each prints, what it changes, and its exit status.
 */
@InkwellIntegrationTest
class DbCommandIntegrationTests {

	private static final List<ChangesetRef> CHANGESETS = Changelog.load()
		.changeSets()
		.stream()
		.map(ChangesetRef::of)
		.toList();

	private static final String OUR_RELATIONS = """
			select count(*) from pg_class where relnamespace = current_schema()::regnamespace
			and relname not like 'databasechangelog%'
			""";

	@Autowired
	FreshDatabases databases;

	@Test
	void shouldListEveryChangesetAsPendingOnAnEmptyDatabase() {
		String url = databases.create("db_status");

		Run status = db(url, "status");

		assertThat(status.exit()).isZero();
		assertThat(status.output()).contains(CHANGESETS.stream().map(ChangesetRef::toString).toList());
	}

	@Test
	void shouldPrintTheSqlOfThePendingChangesetsAndChangeNothing() {
		String url = databases.create("db_update_sql");

		Run updateSql = db(url, "update-sql");

		assertThat(updateSql.exit()).isZero();
		assertThat(updateSql.output()).containsIgnoringCase("create table author")
			.containsIgnoringCase("create table follow");
		assertThat(jdbc(url).queryForObject(
				"select count(*) from pg_class where relnamespace = current_schema()::regnamespace", Integer.class))
			.isZero();
	}

	@Test
	void shouldApplyThenRollBackThenApplyAgainToTheSameSchema() {
		String url = databases.create("db_roundtrip");

		assertThat(db(url, "update").exit()).isZero();
		int relations = jdbc(url).queryForObject(OUR_RELATIONS, Integer.class);
		assertThat(db(url, "status").output()).contains("Up to date");

		Run rollback = db(url, "rollback", "--count", "2");
		assertThat(rollback.exit()).isZero();
		assertThat(pendingIds(url)).containsExactlyElementsOf(
				CHANGESETS.subList(CHANGESETS.size() - 2, CHANGESETS.size()).stream().map(ChangesetRef::id).toList());

		assertThat(db(url, "update").exit()).isZero();
		assertThat(pendingIds(url)).isEmpty();
		assertThat(jdbc(url).queryForObject(OUR_RELATIONS, Integer.class)).isEqualTo(relations);
		assertThat(db(url, "drift").exit()).isEqualTo(DbCommand.OK);
	}

	@Test
	void shouldPrintTheRollbackSqlAndChangeNothing() {
		String url = databases.create("db_rollback_sql");
		db(url, "update");

		Run rollbackSql = db(url, "rollback-sql", "--count=1");

		assertThat(rollbackSql.exit()).isZero();
		// The newest changeset is the one rolled back, whichever it is.
		assertThat(rollbackSql.output())
			.containsPattern("Rolling Back ChangeSet: \\S+::" + Changelog.load().version() + "::inkwell")
			.containsIgnoringCase("drop ");
		assertThat(pendingIds(url)).isEmpty();
	}

	@Test
	void shouldTagTheCurrentVersion() {
		String url = databases.create("db_tag");
		db(url, "update");

		assertThat(db(url, "tag", "release-1").exit()).isZero();

		assertThat(SchemaVersion.of(dataSource(url), Changelog.load()).tag()).contains("release-1");
	}

	@Test
	void shouldReportNoDriftOnADatabaseTheChangelogBuiltEvenWithRows() {
		String url = databases.create("db_clean");
		db(url, "update");
		jdbc(url).update("insert into author (username, email, display_name) values ('ada', 'ada@example.com', 'Ada')");

		Run drift = db(url, "drift");

		assertThat(drift.exit()).as(drift.output()).isEqualTo(DbCommand.OK);
	}

	@Test
	void shouldFindAnIndexCreatedByHandAndATriggerDroppedByHand() {
		String url = databases.create("db_drift");
		db(url, "update");
		jdbc(url).execute("create index post_title_by_hand on post (title)");
		jdbc(url).execute("drop trigger author_touch on author");

		Run drift = db(url, "drift");

		assertThat(drift.exit()).isEqualTo(DbCommand.DRIFT);
		assertThat(drift.output()).contains("index post_title_by_hand on post", "trigger author_touch on author");
	}

	@Test
	void shouldExitWithUsageForABadCommandLineAndWithFailureForAnUnreachableDatabase() {
		assertThat(db(databases.create("db_usage"), "rollback").exit()).isEqualTo(DbCommand.USAGE);
		assertThat(db(databases.create("db_usage"), "shrink").exit()).isEqualTo(DbCommand.USAGE);
		assertThat(db("jdbc:postgresql://127.0.0.1:1/nowhere", "status").exit()).isEqualTo(DbCommand.FAILED);
	}

	private List<String> pendingIds(String url) {
		return SchemaVersion.of(dataSource(url), Changelog.load()).pending().stream().map(ChangesetRef::id).toList();
	}

	private Run db(String url, String... command) {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		String[] args = Stream
			.of(Stream.of("db"), Stream.of(command),
					Stream.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + databases.username(),
							"--spring.datasource.hikari.connection-timeout=3000"))
			.flatMap(s -> s)
			.toArray(String[]::new);
		int exit = DbCommand.run(args, new PrintStream(buffer, true, StandardCharsets.UTF_8));
		return new Run(exit, buffer.toString(StandardCharsets.UTF_8));
	}

	private DriverManagerDataSource dataSource(String url) {
		return new DriverManagerDataSource(url, databases.username(), "");
	}

	private JdbcTemplate jdbc(String url) {
		return new JdbcTemplate(dataSource(url));
	}

	record Run(int exit, String output) {
	}

}
