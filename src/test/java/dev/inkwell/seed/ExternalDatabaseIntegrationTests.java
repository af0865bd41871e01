package dev.inkwell.seed;

import java.util.Map;
import java.util.stream.Stream;

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
 * DATABASE_URL points the server at an external PostgreSQL; the demo data goes there only
 * with the profile "demo", only into an empty database, and is the same every time.
 */
@InkwellIntegrationTest
class ExternalDatabaseIntegrationTests {

	private static final SeedPlan DEMO = SeedPlan.demo();

	@Autowired
	FreshDatabases databases;

	@Test
	void shouldMigrateAndServeTheDatabaseNamedByDatabaseUrlWithoutDemoData() {
		String url = databases.create("external");
		// Empty is the default outside tests: decide by the database (embedded or not)
		// and the profile.
		// An external database is only validated by default
		// (ValidateModeIntegrationTests): apply asks for migration.
		try (ConfigurableApplicationContext server = start(databases.asDatabaseUrl(url), "--inkwell.demo-data.enabled=",
				"--inkwell.migrations.mode=apply")) {
			Map<?, ?> answer = query(server, "{ posts { totalCount } authors { totalCount } }");

			assertThat(answer).isEqualTo(
					Map.of("data", Map.of("posts", Map.of("totalCount", 0), "authors", Map.of("totalCount", 0))));
		}
	}

	@Test
	void shouldLoadTheSameDemoDataOnceIntoAnEmptyDatabaseWithTheDemoProfile() {
		String first = databases.create("demo");
		String second = databases.create("demo");
		String firstDigest;
		try (ConfigurableApplicationContext server = startWithDemoProfile(databases.asDatabaseUrl(first))) {
			assertThat(query(server, "{ authors { totalCount } posts { totalCount } }"))
				.isEqualTo(Map.of("data", Map.of("authors", Map.of("totalCount", DEMO.authors()), "posts",
						Map.of("totalCount", DEMO.totalPosts()))));
			firstDigest = digest(server);
		}
		try (ConfigurableApplicationContext restarted = startWithDemoProfile(databases.asDatabaseUrl(first))) {
			assertThat(count(restarted, "author")).isEqualTo(DEMO.authors());
			assertThat(count(restarted, "post")).isEqualTo(DEMO.totalPosts());
		}
		try (ConfigurableApplicationContext other = startWithDemoProfile(databases.asDatabaseUrl(second))) {
			assertThat(digest(other)).isEqualTo(firstDigest);
		}
	}

	private static ConfigurableApplicationContext start(String databaseUrl, String... args) {
		return new SpringApplicationBuilder(InkwellApplication.class)
			.run(Stream.concat(Stream.of("--DATABASE_URL=" + databaseUrl, "--server.port=0"), Stream.of(args))
				.toArray(String[]::new));
	}

	/**
	 * The demo profile applies the changelog by default, even on an external database.
	 */
	private static ConfigurableApplicationContext startWithDemoProfile(String databaseUrl) {
		return start(databaseUrl, "--spring.profiles.active=demo", "--inkwell.migrations.mode=");
	}

	private static Map<?, ?> query(ConfigurableApplicationContext server, String document) {
		String port = server.getEnvironment().getProperty("local.server.port");
		return RestClient.create("http://localhost:" + port)
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", document))
			.retrieve()
			.body(Map.class);
	}

	private static int count(ConfigurableApplicationContext server, String table) {
		return server.getBean(JdbcTemplate.class).queryForObject("select count(*) from " + table, Integer.class);
	}

	/** Everything a reader sees of the demo blog, hashed. */
	private static String digest(ConfigurableApplicationContext server) {
		return server.getBean(JdbcTemplate.class)
			.queryForObject(
					"""
							select md5(string_agg(concat_ws('|', a.username, a.display_name, a.bio, a.created_at, p.title, p.body, p.created_at),
							                      ',' order by p.id))
							from post p join author a on a.id = p.author_id
							""",
					String.class);
	}

}
