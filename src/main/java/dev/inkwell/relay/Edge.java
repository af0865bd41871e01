package dev.inkwell.relay;

import java.util.function.Function;

/**
 * One entry of a connection: the node and the cursor that pages after it. The cursor is encoded
 * only when asked for (a client selects {@code cursor}, or the page's start or end): most reads
 * select nodes only, and a thread page holds thousands of edges.
 */
public record Edge<T>(T node, Function<? super T, String> cursorOf) {

	public String cursor() {
		return cursorOf.apply(node);
	}

}
