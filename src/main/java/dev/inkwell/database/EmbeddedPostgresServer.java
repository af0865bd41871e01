package dev.inkwell.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 started from Maven-delivered binaries: the default database when
 * none is configured. One server per data folder per JVM, so every Spring context of a
 * test run shares it; it stops when the JVM exits.
 */
public final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Map<EmbeddedPostgresProperties, EmbeddedPostgresServer> running = new ConcurrentHashMap<>();

	private static final Duration STALE_SERVER_SHUTDOWN = Duration.ofSeconds(30);

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/** The server for these settings, started on first use. */
	public static EmbeddedPostgresServer obtain(EmbeddedPostgresProperties properties) {
		return running.computeIfAbsent(properties, EmbeddedPostgresServer::start);
	}

	public String jdbcUrl(String database) {
		return postgres.getJdbcUrl("postgres", database);
	}

	public String username() {
		return "postgres";
	}

	private static EmbeddedPostgresServer start(EmbeddedPostgresProperties properties) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setPort(properties.port())
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "200");
			if (properties.ephemeral()) {
				builder.setCleanDataDirectory(true);
			}
			else {
				Path dataDir = properties.dataDir().toAbsolutePath();
				Files.createDirectories(dataDir.getParent());
				stopStaleServer(dataDir);
				// The embedded default keeps a user's data: make it crash-safe (the
				// library turns fsync off).
				builder.setDataDirectory(dataDir)
					.setCleanDataDirectory(false)
					.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on");
			}
			long started = System.nanoTime();
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL started on port {} in {} ms ({})", postgres.getPort(),
					(System.nanoTime() - started) / 1_000_000,
					properties.ephemeral() ? "ephemeral" : "data in " + properties.dataDir().toAbsolutePath());
			return new EmbeddedPostgresServer(postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL: " + ex.getMessage(), ex);
		}
	}

	/**
	 * A JVM killed with -9 leaves its postmaster running on the data folder; the library
	 * would then report a start yet talk to nothing (or to the orphan). Stop the orphan
	 * first, cleanly.
	 */
	private static void stopStaleServer(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.isReadable(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> stale = lines.isEmpty() ? Optional.empty()
				: parsePid(lines.get(0)).flatMap(ProcessHandle::of).filter(EmbeddedPostgresServer::isPostgres);
		if (stale.isEmpty()) {
			return;
		}
		ProcessHandle orphan = stale.get();
		log.warn("A PostgreSQL server (pid {}) left by an earlier run still holds {}: stopping it", orphan.pid(),
				dataDir);
		orphan.destroy();
		try {
			orphan.onExit().get(STALE_SERVER_SHUTDOWN.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("PostgreSQL (pid " + orphan.pid() + ") left by an earlier run still holds "
					+ dataDir + " and did not stop within " + STALE_SERVER_SHUTDOWN.toSeconds() + " s; stop it (kill "
					+ orphan.pid() + ") and start again", ex);
		}
	}

	private static Optional<Long> parsePid(String line) {
		try {
			return Optional.of(Long.parseLong(line.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
	}

}
