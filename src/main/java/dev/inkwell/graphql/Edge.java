package dev.inkwell.graphql;

/** One entry of a connection: the node and the cursor that pages after it. */
public record Edge<T>(String cursor, T node) {
}
