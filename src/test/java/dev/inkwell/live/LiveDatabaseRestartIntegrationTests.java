package dev.inkwell.live;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.inkwell.InkwellApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.inkwell.live.LiveIntegrationTests.COMMENTS;
import static dev.inkwell.live.LiveIntegrationTests.kindsAndIds;
import static dev.inkwell.support.TestData.commentId;
import static dev.inkwell.support.TestData.postId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database restart under a live subscription: a PostgreSQL of this test's own (the
 * shared one of the test JVM stays up for every other test), stopped and started again on
 * the same port and data. The listener reconnects by itself and the subscriber receives
 * what was written after the restart, and nothing twice.
 */
class LiveDatabaseRestartIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void shouldCatchUpAfterTheDatabaseRestarts() throws Exception {
		int databasePort = freePort();
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPort(databasePort)
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.setPGStartupWait(Duration.ofSeconds(60));
		EmbeddedPostgres database = builder.start();
		String url = database.getJdbcUrl("postgres", "postgres");
		try (ConfigurableApplicationContext server = new SpringApplicationBuilder(InkwellApplication.class)
			.run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres")) {
			int port = Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
			JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
			long author = jdbc.queryForObject(
					"insert into author (username, email) values ('restart', 'restart@example.com') returning id",
					Long.class);
			long post = jdbc.queryForObject(
					"insert into post (author_id, title, body) values (?, 'Restart', 'Body') returning id", Long.class,
					author);
			try (LiveClient client = LiveClient.socket(port, null)) {
				client.subscribe("1", COMMENTS, Map.of("postId", postId(post)));
				LiveTestSupport.awaitSubscribers(server.getBean(EventHub.class),
						new Subscriber.Interest(Event.Topic.COMMENT, post), 1);
				String before = "ADDED " + commentId(comment(url, post, author));
				assertThat(kindsAndIds(client.next(1))).containsExactly(before);

				database.close();
				database = builder.start();
				List<String> written = new ArrayList<>();
				for (int i = 0; i < 3; i++) {
					written.add("ADDED " + commentId(comment(url, post, author)));
				}
				List<String> received = kindsAndIds(client.next(3));
				String marker = "ADDED " + commentId(comment(url, post, author));

				assertThat(received).containsExactlyElementsOf(written);
				assertThat(kindsAndIds(client.next(1))).containsExactly(marker);
			}
		}
		finally {
			database.close();
		}
	}

	/**
	 * A comment written by a plain connection of its own: the server's pool has nothing
	 * to do with it.
	 */
	private static long comment(String url, long post, long author) throws Exception {
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				PreparedStatement insert = connection.prepareStatement(
						"insert into comment (post_id, author_id, body) values (?, ?, 'After') returning id")) {
			insert.setLong(1, post);
			insert.setLong(2, author);
			try (ResultSet rs = insert.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
