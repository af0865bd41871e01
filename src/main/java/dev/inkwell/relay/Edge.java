package dev.inkwell.relay;

import java.util.function.Function;

/**
 * One entry of a connection: the node and the cursor that pages after it. An edge with
 * fields of its own (a follow's {@code followedAt}, a thread's {@code depth}, a search
 * hit's {@code rank}) is a record implementing this interface, read by GraphQL's property
 * fetcher like any record; a plain edge is {@link #of}.
 */
public interface Edge<N> {

	N node();

	/**
	 * Encoded only when asked for: most reads select nodes only, and a thread page holds
	 * thousands of edges.
	 */
	String cursor();

	/** A plain edge whose cursor is the node's keyset position. */
	static <N> Edge<N> of(N node, Function<? super N, String> cursorOf) {
		return new NodeEdge<>(node, cursorOf);
	}

	/** An edge with no fields of its own. */
	record NodeEdge<N>(N node, Function<? super N, String> cursorOf) implements Edge<N> {

		@Override
		public String cursor() {
			return cursorOf.apply(node);
		}

	}

}
