package dev.inkwell.relay;

/** Relay's PageInfo. */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
}
