package dev.inkwell.comment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.inkwell.author.Author;

/**
 * The native reads of comments: by id, and the lists (oldest first, keyset-paged, batched over
 * parents). Reads use these rather than Spring Data's {@code findById}/{@code findAllById}, whose
 * reflective entity mapping cost more than the SQL (docs/benchmarks.md); writes keep Spring Data.
 */
interface CommentPageQueries {

	/** The comments with these ids, in one statement whatever their number; ids without a comment are left out. */
	List<Comment> findAllByIds(Collection<Long> ids);

	/**
	 * The comment with this id, by the same statement as {@link #findAllByIds}. Implemented, not a
	 * default method: Spring Data calls default methods of a repository reflectively, which the
	 * author page's profile showed at 4 %.
	 */
	Optional<Comment> findOne(long id);

	/**
	 * One page of comments per request (a post's top-level comments or a comment's replies), in
	 * one statement for all requests of a kind; each list holds one extra row when a next page
	 * exists. The comments' authors come along when a request asks for them.
	 */
	CommentPages findOldestByParents(Collection<CommentPageRequest> requests);

	/** Pages of comments per request, and the authors of those comments by id (when asked for). */
	record CommentPages(Map<CommentPageRequest, List<Comment>> pages, Map<Long, Author> authors) {
	}

	/** The number of comments under each parent (top-level per post, replies per comment), in one statement per kind. */
	Map<CommentParent, Long> countByParents(Collection<CommentParent> parents);

}
