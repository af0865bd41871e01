package dev.inkwell.comment;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The native reads behind comment lists: oldest first, keyset-paged, batched over parents. */
interface CommentPageQueries {

	/**
	 * One page of comments per request (a post's top-level comments or a comment's replies), in
	 * one statement for all requests; each list holds one extra row when a next page exists.
	 */
	Map<CommentPageRequest, List<Comment>> findOldestByParents(Collection<CommentPageRequest> requests);

	/** The number of comments under each parent (top-level per post, replies per comment), in one statement per kind. */
	Map<CommentParent, Long> countByParents(Collection<CommentParent> parents);

}
