package dev.inkwell.replicas;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;

import dev.inkwell.database.PostgresUrl;

/**
 * The primary's pool and the replicas' pools. Each replica's pool takes the primary's
 * settings (size, session options, user and password unless its URL names its own), waits
 * at most half a second for a connection (a read then goes to the primary), and lets the
 * server start while the replica is down.
 */
final class ReplicaSet implements AutoCloseable {

	private static final long REPLICA_CONNECTION_TIMEOUT_MS = 500;

	private final HikariDataSource primary;

	private final List<Replica> replicas;

	private final AtomicInteger next = new AtomicInteger();

	private ReplicaSet(HikariDataSource primary, List<Replica> replicas) {
		this.primary = primary;
		this.replicas = List.copyOf(replicas);
	}

	static ReplicaSet open(HikariDataSource primary, List<String> urls) {
		List<Replica> replicas = new ArrayList<>();
		for (int i = 0; i < urls.size(); i++) {
			replicas.add(replica("replica-" + (i + 1), urls.get(i), primary));
		}
		return new ReplicaSet(primary, replicas);
	}

	private static Replica replica(String name, String url, HikariDataSource primary) {
		String jdbcUrl = url;
		String username = null;
		String password = null;
		if (!url.startsWith("jdbc:")) {
			PostgresUrl parsed = PostgresUrl.parse(url);
			jdbcUrl = parsed.jdbcUrl();
			username = parsed.username();
			password = parsed.password();
		}
		else if (!url.startsWith("jdbc:postgresql:")) {
			throw new IllegalArgumentException(
					"inkwell.datasource.replicas: " + name + " must be a jdbc:postgresql:// or postgres:// URL");
		}
		boolean ownUser = username != null || jdbcUrl.matches("(?i).*[?&]user=.*");
		HikariDataSource pool = new HikariDataSource();
		pool.setPoolName("inkwell-" + name);
		pool.setJdbcUrl(jdbcUrl);
		if (!ownUser) {
			username = primary.getUsername();
			password = primary.getPassword();
		}
		pool.setUsername(username);
		pool.setPassword(password);
		pool.setMaximumPoolSize(primary.getMaximumPoolSize());
		if (primary.getMinimumIdle() >= 0) {
			pool.setMinimumIdle(Math.min(primary.getMinimumIdle(), primary.getMaximumPoolSize()));
		}
		pool.setDataSourceProperties(primary.getDataSourceProperties());
		pool.setValidationTimeout(Math.min(primary.getValidationTimeout(), REPLICA_CONNECTION_TIMEOUT_MS - 1));
		pool.setConnectionTimeout(REPLICA_CONNECTION_TIMEOUT_MS);
		pool.setInitializationFailTimeout(-1);
		Properties credentials = new Properties();
		credentials.putAll(primary.getDataSourceProperties());
		if (username != null) {
			credentials.setProperty("user", username);
		}
		if (password != null) {
			credentials.setProperty("password", password);
		}
		credentials.setProperty("connectTimeout", "2");
		credentials.setProperty("ApplicationName", "inkwell replica check");
		return new Replica(name, jdbcUrl, credentials, pool);
	}

	HikariDataSource primary() {
		return primary;
	}

	List<Replica> replicas() {
		return replicas;
	}

	/**
	 * A usable replica that has replayed the WAL at least to {@code position} (a byte
	 * position; -1 for none), taking turns among those that have; null when none has.
	 */
	Replica replicaThatReplayed(long position) {
		int count = replicas.size();
		int start = Math.floorMod(next.getAndIncrement(), count);
		for (int i = 0; i < count; i++) {
			Replica replica = replicas.get((start + i) % count);
			Replica.State state = replica.state();
			if (state.usable() && state.replayed() >= position) {
				return replica;
			}
		}
		return null;
	}

	boolean anyUsable() {
		for (Replica replica : replicas) {
			if (replica.state().usable()) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void close() {
		replicas.forEach(Replica::close);
	}

}
