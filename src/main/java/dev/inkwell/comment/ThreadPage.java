package dev.inkwell.comment;

import java.util.List;

/**
 * A page of a thread: comments in depth-first order (with one extra row when a next page
 * exists), and whether deeper comments were left out by the depth limit.
 */
record ThreadPage(List<Comment> comments, boolean truncatedByDepth) {

	static final ThreadPage EMPTY = new ThreadPage(List.of(), false);

}
