package dev.inkwell.replicas;

import java.util.IdentityHashMap;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.language.OperationDefinition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.inkwell.graphql.ExecutionEndListener;
import dev.inkwell.graphql.OperationStartListener;

import org.springframework.dao.DataAccessException;

/**
 * Routes each GraphQL execution when its operation starts: a query to a usable replica
 * that has replayed its reader's last write (the primary when none has), a mutation or a
 * subscription to the primary. When a mutation ends, the WAL position it reached is
 * recorded for its author, on the primary, where every instance looks. Anonymous readers
 * have no writes to wait for: any usable replica serves them. Reads are counted per
 * target ({@code inkwell.datasource.reads}).
 */
final class ReadYourWrites implements OperationStartListener, ExecutionEndListener {

	private static final Logger log = LoggerFactory.getLogger(ReadYourWrites.class);

	private static final String ROUTE = ReadRoute.class.getName();

	private final ReplicaSet replicas;

	private final WritePositions positions;

	private final Readers readers;

	private final Counter primaryReads;

	private final Map<Replica, Counter> replicaReads = new IdentityHashMap<>();

	ReadYourWrites(ReplicaSet replicas, WritePositions positions, Readers readers, MeterRegistry meters) {
		this.replicas = replicas;
		this.positions = positions;
		this.readers = readers;
		this.primaryReads = reads(meters, "primary");
		replicas.replicas().forEach(replica -> replicaReads.put(replica, reads(meters, replica.name())));
	}

	private static Counter reads(MeterRegistry meters, String target) {
		return Counter.builder("inkwell.datasource.reads")
			.description("GraphQL queries that read the database, by the server they read")
			.tag("target", target)
			.register(meters);
	}

	@Override
	public void operationStarting(GraphQLContext context, OperationDefinition.Operation operation) {
		ReadRoute route = (operation == OperationDefinition.Operation.QUERY) ? readRoute(context)
				: ReadRoute.primary(operation == OperationDefinition.Operation.MUTATION);
		context.put(ROUTE, route);
		route.bind();
	}

	private ReadRoute readRoute(GraphQLContext context) {
		Replica replica = null;
		if (replicas.anyUsable()) {
			replica = replicas.replicaThatReplayed(lastWriteOf(readers.readerOf(context)));
		}
		return ReadRoute.read(replica, replica == null ? null : replicaReads.get(replica), primaryReads);
	}

	/**
	 * The reader's last write position; when the primary cannot say, none (reads go on on
	 * the replicas while the primary is away, without the guarantee).
	 */
	private long lastWriteOf(Long reader) {
		if (reader == null) {
			return -1;
		}
		try {
			return positions.of(reader);
		}
		catch (DataAccessException ex) {
			log.warn("The primary did not say where author {} last wrote; reading a replica: {}", reader,
					ex.toString());
			return -1;
		}
	}

	@Override
	public void executionEnded(GraphQLContext context) {
		ReadRoute route = context.get(ROUTE);
		if (route == null) {
			return;
		}
		route.end();
		if (route.isMutation()) {
			Long writer = readers.writerOf(context);
			if (writer != null) {
				try {
					positions.record(writer);
				}
				catch (DataAccessException ex) {
					log.warn("Could not record author {}'s write position; their next reads may miss it: {}", writer,
							ex.toString());
				}
			}
		}
	}

}
