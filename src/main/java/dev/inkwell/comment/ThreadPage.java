package dev.inkwell.comment;

import java.util.List;
import java.util.Map;

import dev.inkwell.author.Author;

/**
 * A page of a thread: comments in depth-first order (with one extra row when a next page
 * exists), whether deeper comments were left out by the depth limit, and the comments'
 * authors by id when they were asked for.
 */
record ThreadPage(List<Comment> comments, boolean truncatedByDepth, Map<Long, Author> authors) {

	static final ThreadPage EMPTY = new ThreadPage(List.of(), false, Map.of());

}
