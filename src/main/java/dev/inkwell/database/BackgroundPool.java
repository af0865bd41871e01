package dev.inkwell.database;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A small pool of its own for a background task (the mail sender, the ended-token poll),
 * with the request pool's URL, user and session settings: its statements neither take
 * connections requests wait for nor show among a request's statements. Its sessions carry
 * the task's name as {@code application_name}, even when the URL names the application
 * (an {@code ApplicationName} in the URL wins over the driver property, so each new
 * session also sets it), and so the statements of the server's requests can be told apart
 * from the task's in {@code pg_stat_activity} and the server log.
 */
public final class BackgroundPool {

	private BackgroundPool() {
	}

	/** A pool of {@code size} connections named {@code name}; the caller closes it. */
	public static HikariDataSource of(DataSource requestPool, String name, int size) {
		HikariDataSource pool;
		try {
			pool = requestPool.unwrap(HikariDataSource.class);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The request pool is not HikariCP", ex);
		}
		HikariDataSource own = new HikariDataSource();
		own.setPoolName(name);
		own.setJdbcUrl(pool.getJdbcUrl());
		own.setUsername(pool.getUsername());
		own.setPassword(pool.getPassword());
		own.setDataSourceProperties(pool.getDataSourceProperties());
		own.addDataSourceProperty("ApplicationName", name);
		own.setConnectionInitSql("set application_name = '" + name.replace("'", "''") + "'");
		own.setMaximumPoolSize(size);
		own.setMinimumIdle(0);
		own.setConnectionTimeout(pool.getConnectionTimeout());
		own.setValidationTimeout(pool.getValidationTimeout());
		// Started lazily: the first statement connects, so a database that is down at
		// start delays the task instead of failing the server.
		own.setInitializationFailTimeout(-1);
		return own;
	}

}
