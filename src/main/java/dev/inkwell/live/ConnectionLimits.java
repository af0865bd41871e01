package dev.inkwell.live;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.inkwell.graphql.WebSocketAdmission;

import org.springframework.stereotype.Component;

/**
 * Counts what subscriptions hold on this instance: WebSocket connections and SSE streams
 * (each an open HTTP connection) against {@code max-connections}, and subscriptions per
 * WebSocket against {@code max-per-connection}.
 */
@Component
class ConnectionLimits implements WebSocketAdmission {

	private final SubscriptionProperties properties;

	private final AtomicInteger connections = new AtomicInteger();

	private final Map<String, AtomicInteger> perSocket = new ConcurrentHashMap<>();

	ConnectionLimits(SubscriptionProperties properties) {
		this.properties = properties;
	}

	/**
	 * A WebSocket opens; false (and not counted) when the instance holds its maximum
	 * already.
	 */
	@Override
	public boolean open(String socketId) {
		if (!take()) {
			return false;
		}
		perSocket.put(socketId, new AtomicInteger());
		return true;
	}

	@Override
	public void closed(String socketId) {
		if (perSocket.remove(socketId) != null) {
			connections.decrementAndGet();
		}
	}

	/**
	 * Takes a slot for one subscription on {@code socketId} (null: an SSE stream, a
	 * connection of its own) and returns what gives it back; SUBSCRIPTION_LIMIT when none
	 * is left.
	 */
	Runnable acquire(String socketId) {
		if (socketId == null) {
			if (!take()) {
				throw SubscriptionFailure.limit(
						"This server instance holds its maximum of subscription connections; " + "try again later",
						properties.maxConnections());
			}
			return connections::decrementAndGet;
		}
		AtomicInteger count = perSocket.computeIfAbsent(socketId, id -> new AtomicInteger());
		if (count.incrementAndGet() > properties.maxPerConnection()) {
			count.decrementAndGet();
			throw SubscriptionFailure.limit("This connection holds its maximum of subscriptions; complete one first",
					properties.maxPerConnection());
		}
		return count::decrementAndGet;
	}

	@Override
	public int sendQueueSize() {
		return properties.sendQueueSize();
	}

	int connections() {
		return connections.get();
	}

	private boolean take() {
		if (connections.incrementAndGet() > properties.maxConnections()) {
			connections.decrementAndGet();
			return false;
		}
		return true;
	}

}
