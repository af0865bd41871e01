package dev.inkwell.replicas;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;

/**
 * Where the statements of one execution go: a replica, or the primary. Decided once, when
 * the operation starts, and held by the thread that executes it (Inkwell's data fetchers
 * and batch loaders run on the execution's thread), so that every statement of a query
 * reads the same server. A statement on any other thread, or after the execution ended,
 * finds no route and goes to the primary.
 */
final class ReadRoute {

	private static final ThreadLocal<ReadRoute> CURRENT = new ThreadLocal<>();

	private final boolean mutation;

	private final Counter primaryReads;

	private volatile Replica replica;

	private volatile Counter replicaReads;

	private volatile boolean connected;

	private volatile boolean ended;

	private ReadRoute(boolean mutation, Replica replica, Counter replicaReads, Counter primaryReads) {
		this.mutation = mutation;
		this.replica = replica;
		this.replicaReads = replicaReads;
		this.primaryReads = primaryReads;
	}

	/** A query's route: to this replica, or to the primary when it is null. */
	static ReadRoute read(Replica replica, Counter replicaReads, Counter primaryReads) {
		return new ReadRoute(false, replica, replicaReads, primaryReads);
	}

	/** A mutation's, or a subscription's: the primary, not counted as a read. */
	static ReadRoute primary(boolean mutation) {
		return new ReadRoute(mutation, null, null, null);
	}

	/** The route of the execution this thread runs, if it is still running. */
	static ReadRoute current() {
		ReadRoute route = CURRENT.get();
		return route == null || route.ended ? null : route;
	}

	void bind() {
		CURRENT.set(this);
	}

	/** The execution ended: statements of this thread no longer follow the route. */
	void end() {
		ended = true;
		if (CURRENT.get() == this) {
			CURRENT.remove();
		}
	}

	boolean isMutation() {
		return mutation;
	}

	/** The replica this route reads, or null for the primary. */
	Replica replica() {
		return replica;
	}

	/**
	 * A connection to the route's server. The first one of a query is checked (one round
	 * trip): a replica stopped since its last check sends the query to the primary
	 * instead of failing it; so does a replica that gives no connection in time.
	 */
	Connection connection(DataSource primary) throws SQLException {
		Replica target = replica;
		if (target != null) {
			try {
				Connection connection = target.pool().getConnection();
				if (!connected) {
					connected = true;
					if (!connection.isValid(1)) {
						target.pool().evictConnection(connection);
						throw new SQLException("the replica did not answer", "08006");
					}
					replicaReads.increment();
				}
				return connection;
			}
			catch (SQLException ex) {
				target.failed(ex);
				replica = null;
				connected = false;
			}
		}
		if (!connected) {
			connected = true;
			if (primaryReads != null) {
				primaryReads.increment();
			}
		}
		return primary.getConnection();
	}

}
