package dev.inkwell.replicas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A primary and two streaming replicas of it, three embedded PostgreSQL 17 clusters held
 * for the test JVM (apart from the one the other tests share): the primary's data folder
 * copied while it is stopped (the binaries have no pg_basebackup), each copy started with
 * {@code standby.signal} and {@code primary_conninfo}. The second replica applies each
 * commit {@link #DELAY} late ({@code recovery_min_apply_delay}), so what it shows lags.
 */
final class StreamingReplicas {

	static final Duration DELAY = Duration.ofSeconds(6);

	private static StreamingReplicas running;

	private final Path root;

	private final EmbeddedPostgres primary;

	private final int promptPort;

	private final int delayedPort;

	private EmbeddedPostgres prompt;

	private EmbeddedPostgres delayed;

	private StreamingReplicas(Path root, EmbeddedPostgres primary, EmbeddedPostgres prompt, EmbeddedPostgres delayed) {
		this.root = root;
		this.primary = primary;
		this.prompt = prompt;
		this.delayed = delayed;
		this.promptPort = prompt.getPort();
		this.delayedPort = delayed.getPort();
	}

	static synchronized StreamingReplicas get() {
		if (running == null) {
			running = start();
			Runtime.getRuntime().addShutdownHook(new Thread(running::stopAll));
		}
		return running;
	}

	String primaryUrl() {
		return primary.getJdbcUrl("postgres", "postgres");
	}

	/** The prompt replica's URL without user or password (the primary's apply). */
	String promptUrl() {
		return "jdbc:postgresql://localhost:" + promptPort + "/postgres";
	}

	/** The delayed replica, as a hosting platform's URL would name it. */
	String delayedUrl() {
		return "postgres://postgres:@localhost:" + delayedPort + "/postgres";
	}

	synchronized void stopPrompt() throws IOException {
		prompt.close();
	}

	synchronized void startPrompt() throws IOException {
		prompt = standby(root.resolve("prompt"), promptPort, null);
	}

	/**
	 * Waits until both replicas have replayed everything the primary has written so far.
	 */
	void awaitReplayed(Duration within) throws SQLException, InterruptedException {
		long written = position(primaryUrl(), "pg_current_wal_flush_lsn()");
		long deadline = System.nanoTime() + within.toNanos();
		for (String url : new String[] { promptUrl(), "jdbc:postgresql://localhost:" + delayedPort + "/postgres" }) {
			while (position(url, "pg_last_wal_replay_lsn()") < written) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException(url + " did not replay the primary's WAL in " + within);
				}
				Thread.sleep(100);
			}
		}
	}

	private static long position(String url, String lsn) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("select (" + lsn + " - '0/0')::bigint")) {
			row.next();
			return row.getLong(1);
		}
	}

	private static StreamingReplicas start() {
		try {
			Path root = Files.createTempDirectory("inkwell-replicas");
			Path primaryDir = root.resolve("primary");
			// initdb, then a clean stop: the folder is a consistent copy from then on.
			EmbeddedPostgres initial = server(primaryDir, 0).start();
			int primaryPort = initial.getPort();
			initial.close();
			copy(primaryDir, root.resolve("prompt"));
			copy(primaryDir, root.resolve("delayed"));
			EmbeddedPostgres primary = server(primaryDir, primaryPort).start();
			EmbeddedPostgres prompt = standby(root.resolve("prompt"), 0, primaryPort, null);
			EmbeddedPostgres delayed = standby(root.resolve("delayed"), 0, primaryPort, DELAY);
			return new StreamingReplicas(root, primary, prompt, delayed);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start a primary with streaming replicas", ex);
		}
	}

	private EmbeddedPostgres standby(Path dataDir, int port, Duration delay) throws IOException {
		return standby(dataDir, port, primary.getPort(), delay);
	}

	private static EmbeddedPostgres standby(Path dataDir, int port, int primaryPort, Duration delay)
			throws IOException {
		Files.writeString(dataDir.resolve("standby.signal"), "");
		// In the copy's own settings file: the library passes settings on a command line,
		// which cannot carry a value with spaces.
		String settings = "primary_conninfo = 'host=localhost port=" + primaryPort + " user=postgres application_name="
				+ dataDir.getFileName() + "'\nhot_standby = on\n"
				+ (delay == null ? "" : "recovery_min_apply_delay = '" + delay.toMillis() + "ms'\n");
		Path autoConf = dataDir.resolve("postgresql.auto.conf");
		if (!Files.readString(autoConf).contains("primary_conninfo")) {
			Files.writeString(autoConf, settings, java.nio.file.StandardOpenOption.APPEND);
		}
		EmbeddedPostgres.Builder standby = server(dataDir, port);
		return standby.start();
	}

	/**
	 * The same settings for all three: a hot standby refuses to start with fewer
	 * connections than its primary allows.
	 */
	private static EmbeddedPostgres.Builder server(Path dataDir, int port) {
		return EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("max_connections", "100")
			.setServerConfig("wal_keep_size", "256MB");
	}

	private static void copy(Path from, Path to) throws IOException {
		Set<String> skipped = Set.of("postmaster.pid", "postmaster.opts", "epg-lock");
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else if (!skipped.contains(file.getFileName().toString())) {
					Files.copy(file, target);
				}
			}
		}
		// PostgreSQL refuses a data folder others may read.
		Files.setPosixFilePermissions(to, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
	}

	private synchronized void stopAll() {
		for (EmbeddedPostgres server : new EmbeddedPostgres[] { delayed, prompt, primary }) {
			try {
				server.close();
			}
			catch (IOException | RuntimeException ex) {
				// Stopping at exit: nothing more to do.
			}
		}
		try (Stream<Path> files = Files.walk(root)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		catch (IOException ex) {
			// A temporary folder left behind.
		}
	}

}
