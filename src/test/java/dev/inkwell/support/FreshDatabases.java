package dev.inkwell.support;

import java.util.concurrent.atomic.AtomicInteger;

import dev.inkwell.database.EmbeddedPostgresServer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empty databases in the test JVM's embedded PostgreSQL, for tests that need a database
 * of their own.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FreshDatabases {

	private static final AtomicInteger sequence = new AtomicInteger();

	private final EmbeddedPostgresServer server;

	private final JdbcTemplate jdbc;

	public FreshDatabases(EmbeddedPostgresServer server, JdbcTemplate jdbc) {
		this.server = server;
		this.jdbc = jdbc;
	}

	/**
	 * Creates an empty database and returns its JDBC URL (user {@link #username()}, no
	 * password).
	 */
	public String create(String purpose) {
		String name = purpose + "_" + sequence.incrementAndGet();
		jdbc.execute("create database " + name);
		return server.jdbcUrl(name);
	}

	public String username() {
		return server.username();
	}

	/** The same database as a hosting platform's {@code DATABASE_URL} would name it. */
	public String asDatabaseUrl(String jdbcUrl) {
		return jdbcUrl.replaceFirst("^jdbc:postgresql://", "postgres://" + username() + ":@")
			.replaceFirst("\\?.*$", "");
	}

}
