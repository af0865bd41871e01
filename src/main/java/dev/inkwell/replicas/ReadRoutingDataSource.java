package dev.inkwell.replicas;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The application's DataSource when replicas are configured: a connection for a query's
 * statement comes from the replica its {@link ReadRoute} chose; every other connection
 * (mutations and their transactions, subscriptions, migrations, start-up, health) from
 * the primary's pool. Unwrapping it reaches the primary's pool.
 */
final class ReadRoutingDataSource implements DataSource, AutoCloseable {

	private final ReplicaSet replicas;

	private final HikariDataSource primary;

	ReadRoutingDataSource(ReplicaSet replicas) {
		this.replicas = replicas;
		this.primary = replicas.primary();
	}

	ReplicaSet replicas() {
		return replicas;
	}

	@Override
	public Connection getConnection() throws SQLException {
		ReadRoute route = ReadRoute.current();
		return route == null ? primary.getConnection() : route.connection(primary);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return primary.getConnection(username, password);
	}

	@Override
	public PrintWriter getLogWriter() throws SQLException {
		return primary.getLogWriter();
	}

	@Override
	public void setLogWriter(PrintWriter out) throws SQLException {
		primary.setLogWriter(out);
	}

	@Override
	public void setLoginTimeout(int seconds) throws SQLException {
		primary.setLoginTimeout(seconds);
	}

	@Override
	public int getLoginTimeout() throws SQLException {
		return primary.getLoginTimeout();
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		return primary.getParentLogger();
	}

	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		return type.isInstance(this) ? type.cast(this) : primary.unwrap(type);
	}

	@Override
	public boolean isWrapperFor(Class<?> type) throws SQLException {
		return type.isInstance(this) || primary.isWrapperFor(type);
	}

	@Override
	public void close() {
		replicas.close();
		primary.close();
	}

}
