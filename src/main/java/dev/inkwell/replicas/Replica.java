package dev.inkwell.replicas;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

/**
 * One streaming replica: its pool of connections for reads, and what the last check found
 * (whether it answered, how far it has replayed the primary's WAL, its lag). The check
 * runs on a connection of its own, outside the pool, so a stopped replica is noticed at
 * the next check rather than when a read first borrows a dead connection.
 */
final class Replica implements AutoCloseable {

	/** What a check found; {@code replayed} is a byte position in the WAL, -1 unknown. */
	record State(boolean answered, long replayed, long lagMillis, boolean usable, String problem) {

		static final State UNCHECKED = new State(false, -1, -1, false, "not checked yet");

	}

	private final String name;

	private final String displayUrl;

	private final String jdbcUrl;

	private final Properties credentials;

	private final HikariDataSource pool;

	private volatile State state = State.UNCHECKED;

	/** Only the monitor's thread uses it. */
	private Connection checkConnection;

	Replica(String name, String jdbcUrl, Properties credentials, HikariDataSource pool) {
		this.name = name;
		this.jdbcUrl = jdbcUrl;
		this.displayUrl = jdbcUrl.replaceAll("(?i)([?&]password=)[^&]*", "$1****");
		this.credentials = credentials;
		this.pool = pool;
	}

	String name() {
		return name;
	}

	String displayUrl() {
		return displayUrl;
	}

	HikariDataSource pool() {
		return pool;
	}

	State state() {
		return state;
	}

	void update(State state) {
		this.state = state;
	}

	/**
	 * A read could not use the replica: no reads until the next check finds it answering
	 * again, and the pool's connections are replaced.
	 */
	void failed(SQLException ex) {
		State last = state;
		state = new State(false, last.replayed(), last.lagMillis(), false, problem(ex));
		HikariPoolMXBean connections = pool.getHikariPoolMXBean();
		if (connections != null) {
			connections.softEvictConnections();
		}
	}

	/**
	 * How far this replica has replayed the WAL, as a byte position; null when the server
	 * is not a standby (promoted, or the primary named by mistake).
	 */
	Long replayed() throws SQLException {
		if (checkConnection == null || checkConnection.isClosed()) {
			checkConnection = DriverManager.getConnection(jdbcUrl, credentials);
		}
		try (Statement statement = checkConnection.createStatement()) {
			statement.setQueryTimeout(2);
			try (ResultSet row = statement.executeQuery("select (pg_last_wal_replay_lsn() - '0/0')::bigint")) {
				row.next();
				long replayed = row.getLong(1);
				return row.wasNull() ? null : replayed;
			}
		}
		catch (SQLException ex) {
			closeCheckConnection();
			throw ex;
		}
	}

	static String problem(SQLException ex) {
		return ex.getSQLState() == null ? ex.getClass().getSimpleName() : "SQLSTATE " + ex.getSQLState();
	}

	private void closeCheckConnection() {
		try {
			if (checkConnection != null) {
				checkConnection.close();
			}
		}
		catch (SQLException ex) {
			// Closing a broken connection: nothing to do.
		}
		checkConnection = null;
	}

	@Override
	public void close() {
		closeCheckConnection();
		pool.close();
	}

}
