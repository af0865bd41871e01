package dev.inkwell.graphql;

/**
 * Whether a new GraphQL WebSocket may open on this instance, and word of each that
 * closes: a feature that holds resources per connection (subscriptions) implements it;
 * without one every connection is admitted.
 */
public interface WebSocketAdmission {

	/**
	 * A connection opens; false refuses it (closed at once with 1013, try again later).
	 */
	boolean open(String sessionId);

	/** A connection closed, admitted or not. */
	void closed(String sessionId);

	/**
	 * How many messages may wait to be sent on one connection; past it the connection is
	 * closed with 4499 (slow consumer).
	 */
	int sendQueueSize();

}
