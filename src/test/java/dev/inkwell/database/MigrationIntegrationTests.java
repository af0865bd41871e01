package dev.inkwell.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import dev.inkwell.InkwellApplication;
import dev.inkwell.support.FreshDatabases;
import dev.inkwell.support.InkwellIntegrationTest;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.FastCheckService;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * db-changelog/ upgrades and downgrades cleanly, and start-up refuses an edited history.
 */
@InkwellIntegrationTest
class MigrationIntegrationTests {

	private static final String CHANGELOG = "db/changelog/changelog.yaml";

	/**
	 * Objects of ours in the public schema: relations, functions and types, Liquibase's
	 * own excepted.
	 */
	private static final String OUR_OBJECTS = """
			select (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
			        where n.nspname = 'public' and c.relname not like 'databasechangelog%')
			     + (select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public')
			     + (select count(*) from pg_type t join pg_namespace n on n.oid = t.typnamespace
			        where n.nspname = 'public' and t.typname not like '%databasechangelog%')
			""";

	@Autowired
	FreshDatabases databases;

	@Test
	void shouldUpgradeRollBackEverythingAndUpgradeAgain() throws Exception {
		String url = databases.create("roundtrip");
		try (Connection connection = DriverManager.getConnection(url, databases.username(), "")) {
			update(connection);
			int changesets = count(connection, "select count(*) from databasechangelog");
			int created = count(connection, OUR_OBJECTS);
			assertThat(changesets).isGreaterThanOrEqualTo(3);
			assertThat(count(connection,
					"select count(*) from pg_tables where schemaname = 'public' and tablename in ('author', 'post')"))
				.isEqualTo(2);

			liquibase(connection).rollback(changesets, (String) null);
			assertThat(count(connection, "select count(*) from databasechangelog")).isZero();
			assertThat(count(connection, OUR_OBJECTS)).isZero();

			clearLiquibaseUpToDateCache();
			update(connection);
			assertThat(count(connection, "select count(*) from databasechangelog")).isEqualTo(changesets);
			assertThat(count(connection, OUR_OBJECTS)).isEqualTo(created);
		}
	}

	@Test
	void shouldRefuseToStartOnADatabaseWhoseAppliedChangesetWasEdited() throws Exception {
		String url = databases.create("edited");
		startServer(url).close();
		try (Connection connection = DriverManager.getConnection(url, databases.username(), "");
				Statement statement = connection.createStatement()) {
			// What an edit of 002-create-author.sql after it was applied looks like to
			// Liquibase.
			statement.executeUpdate("update databasechangelog set md5sum = '9:00000000000000000000000000000000' "
					+ "where author = 'inkwell' and id = '002'");
		}
		clearLiquibaseUpToDateCache();

		assertThatThrownBy(() -> startServer(url).close())
			.hasStackTraceContaining("002-create-author.sql::002::inkwell");
	}

	private ConfigurableApplicationContext startServer(String url) {
		return new SpringApplicationBuilder(InkwellApplication.class).run("--spring.datasource.url=" + url,
				"--spring.datasource.username=" + databases.username(), "--server.port=0",
				"--inkwell.migrations.mode=apply");
	}

	/**
	 * Liquibase remembers per JVM that a database is up to date; a real next start has no
	 * such memory.
	 */
	private static void clearLiquibaseUpToDateCache() {
		Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
	}

	private static void update(Connection connection) throws LiquibaseException {
		liquibase(connection).update("");
	}

	@SuppressWarnings("deprecation")
	private static Liquibase liquibase(Connection connection) throws LiquibaseException {
		Database database = DatabaseFactory.getInstance()
			.findCorrectDatabaseImplementation(new JdbcConnection(connection));
		return new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database);
	}

	private static int count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getInt(1);
		}
	}

}
