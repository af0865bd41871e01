package dev.inkwell.relay;

/**
 * Relay's PageInfo. The cursors are encoded only when asked for, from the page's first
 * and last edges (null on an empty page): a feed holds a page under each of its 50 posts,
 * and most reads select no cursor.
 */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, Edge<?> first, Edge<?> last) {

	public String startCursor() {
		return first == null ? null : first.cursor();
	}

	public String endCursor() {
		return last == null ? null : last.cursor();
	}

}
