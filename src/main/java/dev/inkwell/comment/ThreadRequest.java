package dev.inkwell.comment;

import dev.inkwell.relay.Page;

/**
 * One page of a thread in reading order, as asked by one Post.thread or Comment.thread
 * field: a batch loader key.
 *
 * @param root a post (its whole thread, from the top-level comments) or a comment (it and
 * every reply below it)
 * @param maxDepth how many levels below the root's first level to descend
 * @param afterCommentId the comment the page starts after; null for the first page
 * @param withAuthors whether the client selected the comments' authors: then they are
 * read in the same statement
 */
record ThreadRequest(CommentParent root, int maxDepth, Page page, Long afterCommentId, boolean withAuthors) {

	/** Requests that differ only in their root share one statement. */
	Shape shape() {
		return new Shape(root.kind(), maxDepth, page.limit(), afterCommentId, withAuthors);
	}

	record Shape(CommentParent.Kind kind, int maxDepth, int limit, Long afterCommentId, boolean withAuthors) {
	}

}
