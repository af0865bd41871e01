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

}
