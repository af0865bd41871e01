package dev.inkwell.comment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The native reads of comments: by id, and the counts of the comment lists. Reads use these
 * rather than Spring Data's {@code findById}/{@code findAllById}, whose reflective entity mapping
 * cost more than the SQL (docs/adr/011); writes keep Spring Data.
 */
interface CommentPageQueries {

	/** The comments with these ids, in one statement whatever their number; ids without a comment are left out. */
	List<Comment> findAllByIds(Collection<Long> ids);

	/**
	 * The comment with this id, by the same statement as {@link #findAllByIds}. Implemented, not a
	 * default method: Spring Data calls default methods of a repository reflectively (docs/adr/011).
	 */
	Optional<Comment> findOne(long id);

	/** The number of top-level comments of each post, in one statement; posts without any count 0. */
	Map<Long, Long> countTopLevel(Collection<Long> postIds);

	/** The number of direct replies of each comment, in one statement (a trigger keeps reply_count). */
	Map<Long, Long> countReplies(Collection<Long> commentIds);

}
