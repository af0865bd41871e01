package dev.inkwell.migrations;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import dev.inkwell.database.EmbeddedPostgresProperties;
import dev.inkwell.database.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A throw-away database to build the changelog's schema in: created in the live
 * database's own server (same version, same extensions), or, when the live user may not
 * create databases, in an ephemeral embedded PostgreSQL. Dropped on close.
 */
final class ScratchDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ScratchDatabase.class);

	private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^?]*)(.*)$");

	private final DataSource admin;

	private final String name;

	private final SimpleDriverDataSource dataSource;

	private ScratchDatabase(DataSource admin, String name, SimpleDriverDataSource dataSource) {
		this.admin = admin;
		this.name = name;
		this.dataSource = dataSource;
	}

	/**
	 * Creates an empty database next to the live one, or in the embedded server when that
	 * is refused.
	 */
	static ScratchDatabase create(ConnectionSettings live) {
		String name = "inkwell_drift_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
		DataSource liveDataSource = live.dataSource();
		try {
			execute(liveDataSource, "create database " + name);
			return new ScratchDatabase(liveDataSource, name, live.withDatabase(name).dataSource());
		}
		catch (SQLException ex) {
			log.info("Could not create a scratch database next to the live one ({}): using an embedded PostgreSQL",
					ex.getMessage());
		}
		EmbeddedPostgresServer embedded = EmbeddedPostgresServer
			.obtain(new EmbeddedPostgresProperties(Path.of(".data/drift"), 0, true));
		ConnectionSettings settings = new ConnectionSettings(embedded.jdbcUrl("postgres"), embedded.username(), "");
		try {
			execute(settings.dataSource(), "create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"Could not create a scratch database for the drift check: " + ex.getMessage(), ex);
		}
		return new ScratchDatabase(settings.dataSource(), name, settings.withDatabase(name).dataSource());
	}

	DataSource dataSource() {
		return this.dataSource;
	}

	@Override
	public void close() {
		try {
			execute(this.admin, "drop database if exists " + this.name + " with (force)");
		}
		catch (SQLException ex) {
			log.warn("Could not drop the scratch database {}: {}", this.name, ex.getMessage());
		}
	}

	private static void execute(DataSource dataSource, String sql) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/**
	 * What it takes to open more connections to a server: the live pool's URL and
	 * credentials.
	 *
	 * @param url a {@code jdbc:postgresql://host:port/database} URL
	 * @param username the user
	 * @param password the password, empty for none
	 */
	record ConnectionSettings(String url, String username, String password) {

		ConnectionSettings withDatabase(String database) {
			Matcher matcher = JDBC_URL.matcher(this.url);
			if (!matcher.matches() || !this.url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
				throw new IllegalStateException("The drift check needs a jdbc:postgresql://host:port/database URL");
			}
			return new ConnectionSettings(matcher.group(1) + database + matcher.group(3), this.username, this.password);
		}

		SimpleDriverDataSource dataSource() {
			return new SimpleDriverDataSource(new org.postgresql.Driver(), this.url, this.username,
					this.password == null ? "" : this.password);
		}

	}

}
