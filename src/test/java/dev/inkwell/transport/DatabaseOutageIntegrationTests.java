package dev.inkwell.transport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import dev.inkwell.InkwellApplication;
import dev.inkwell.relay.GlobalId;
import dev.inkwell.support.RawHttp;
import dev.inkwell.support.RawHttp.Response;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A statement past its timeout is answered TIMEOUT; PostgreSQL stopped and started under
 * load (a PostgreSQL of this test's own, not the shared test database): while it is down
 * every request is answered quickly with UNAVAILABLE or TIMEOUT, never a 5xx or INTERNAL;
 * after it is back the server serves again without a restart, and every comment the
 * server acknowledged is in the database.
 */
class DatabaseOutageIntegrationTests {

	/** Generous: a hang would be the pool's old 30 s wait. The pool waits 1 s here. */
	private static final Duration FAIL_FAST = Duration.ofSeconds(10);

	private static final String READ = "{ posts(first: 5) { edges { node { title author { username } } } } }";

	@Test
	void shouldFailFastWhileTheDatabaseIsDownAndLoseNoAcknowledgedWrite() throws Exception {
		Path dataDir = Files.createTempDirectory("inkwell-outage");
		int dbPort = freePort();
		EmbeddedPostgres postgres = start(dataDir, dbPort);
		ExecutorService clients = Executors.newFixedThreadPool(8);
		try (ConfigurableApplicationContext server = new SpringApplicationBuilder(InkwellApplication.class).run(
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--server.port=0", "--inkwell.demo-data.enabled=false",
				"--spring.datasource.hikari.connection-timeout=1000", "--spring.datasource.hikari.maximum-pool-size=4",
				"--spring.jdbc.template.query-timeout=3s")) {
			RawHttp http = new RawHttp(Integer.parseInt(server.getEnvironment().getProperty("local.server.port")));
			String token = register(http);
			String postId = createPost(http, token);
			assertStatementTimeout(http, postId, postgres);

			AtomicBoolean down = new AtomicBoolean();
			AtomicBoolean stop = new AtomicBoolean();
			ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
			ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
			ConcurrentLinkedQueue<Long> downMillis = new ConcurrentLinkedQueue<>();
			Set<String> codesWhileDown = java.util.concurrent.ConcurrentHashMap.newKeySet();
			List<Future<?>> workers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				boolean writer = i % 2 == 0;
				int worker = i;
				workers.add(clients.submit(() -> {
					for (int n = 0; !stop.get(); n++) {
						boolean wasDown = down.get();
						long started = System.nanoTime();
						Response answer = writer ? http.post("application/json", RawHttp.body(
								"mutation($p: ID!, $b: String!) { addComment(input: {postId: $p, body: $b}) { id } }",
								Map.of("p", postId, "b", "w" + worker + "-" + n)), "Authorization", "Bearer " + token)
								: http.post("application/json", RawHttp.body(READ, Map.of()));
						long millis = (System.nanoTime() - started) / 1_000_000;
						if (answer.status() >= 500 || answer.body().contains("INTERNAL")
								|| answer.body().contains("Exception")) {
							problems.add(answer.status() + " " + answer.body());
						}
						if (wasDown && down.get()) {
							downMillis.add(millis);
							codesWhileDown.addAll(answer.codes());
						}
						if (writer && answer.codes().isEmpty()) {
							acknowledged.add(commentId(answer));
						}
					}
				}));
			}
			awaitAcknowledged(acknowledged, 20);
			down.set(true);
			postgres.close();
			Thread.sleep(3000);
			long restarted = System.nanoTime();
			postgres = start(dataDir, dbPort);
			down.set(false);
			awaitServing(http);
			long recoveryMillis = (System.nanoTime() - restarted) / 1_000_000;
			int before = acknowledged.size();
			awaitAcknowledged(acknowledged, before + 20);
			stop.set(true);
			for (Future<?> worker : workers) {
				worker.get(2, TimeUnit.MINUTES);
			}
			System.out.printf("outage: %d requests while down, slowest %d ms, codes %s; serving %d ms after restart%n",
					downMillis.size(), downMillis.stream().mapToLong(Long::longValue).max().orElse(0), codesWhileDown,
					recoveryMillis);

			assertThat(problems).isEmpty();
			assertThat(downMillis).isNotEmpty()
				.allSatisfy(millis -> assertThat(millis).isLessThan(FAIL_FAST.toMillis()));
			assertThat(codesWhileDown).isNotEmpty().isSubsetOf("UNAVAILABLE", "TIMEOUT");
			assertThat(commentIdsIn(postgres)).containsAll(acknowledged);
		}
		finally {
			clients.shutdownNow();
			postgres.close();
			FileSystemUtils.deleteRecursively(dataDir);
		}
	}

	/**
	 * A read blocked by a lock is cancelled at the statement timeout (3 s here) and
	 * answered TIMEOUT.
	 */
	private static void assertStatementTimeout(RawHttp http, String postId, EmbeddedPostgres postgres)
			throws Exception {
		try (Connection locker = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"))) {
			locker.setAutoCommit(false);
			locker.createStatement().execute("lock table post in access exclusive mode");
			long started = System.nanoTime();
			Response blocked = http.post("application/json",
					RawHttp.body("query($id: ID!) { post(id: $id) { title } }", Map.of("id", postId)));
			long millis = (System.nanoTime() - started) / 1_000_000;
			locker.rollback();
			assertThat(blocked.status()).isEqualTo(200);
			assertThat(blocked.codes()).containsExactly("TIMEOUT");
			assertThat(millis).isLessThan(FAIL_FAST.toMillis());
		}
	}

	private static EmbeddedPostgres start(Path dataDir, int port) throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setServerConfig("synchronous_commit", "on")
			.setPGStartupWait(Duration.ofSeconds(60))
			.start();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String register(RawHttp http) {
		Response answer = http.post("application/json",
				RawHttp.body("""
						mutation($input: RegisterInput!) { register(input: $input) { token } }""",
						Map.of("input", Map.of("username", "outage", "email", "outage@example.com", "password",
								"correct horse battery", "displayName", "Outage"))));
		return (String) path(answer.json(), "data", "register", "token");
	}

	private static String createPost(RawHttp http, String token) {
		Response answer = http.post(
				"application/json", RawHttp
					.body("mutation { createPost(input: {title: \"Outage\", body: \"Under load\"}) { id } }", Map.of()),
				"Authorization", "Bearer " + token);
		return (String) path(answer.json(), "data", "createPost", "id");
	}

	private static String commentId(Response answer) {
		return (String) path(answer.json(), "data", "addComment", "id");
	}

	@SuppressWarnings("unchecked")
	private static Object path(Map<String, Object> json, String... keys) {
		Object value = json;
		for (String key : keys) {
			value = ((Map<String, Object>) value).get(key);
		}
		return value;
	}

	/** Waits, up to a generous minute, until this many writes were acknowledged. */
	private static void awaitAcknowledged(ConcurrentLinkedQueue<String> acknowledged, int count)
			throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
		while (acknowledged.size() < count && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(count);
	}

	/** Waits, up to a generous minute, until a read is answered without errors again. */
	private static void awaitServing(RawHttp http) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
		while (System.nanoTime() < deadline) {
			if (http.post("application/json", RawHttp.body(READ, Map.of())).codes().isEmpty()) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The server did not serve again within a minute of the database's restart");
	}

	private static Set<String> commentIdsIn(EmbeddedPostgres postgres) throws Exception {
		Set<String> ids = new HashSet<>();
		try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
				ResultSet rows = connection.createStatement().executeQuery("select id from comment")) {
			while (rows.next()) {
				ids.add(GlobalId.encode("Comment", rows.getLong(1)));
			}
		}
		return ids;
	}

}
