package dev.inkwell.comment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Comments by id with a plain row mapper. These override Spring Data's {@code findById}
 * and {@code findAllById} (a repository fragment's methods take precedence over the base
 * ones), so reads by id have one name and skip the reflective entity mapping
 * (docs/adr/011); writes keep Spring Data's {@code save}. Also the counts of comment
 * lists.
 */
interface CommentPageQueries {

	/**
	 * The comments with these ids, in one statement whatever their number; ids without a
	 * comment are left out.
	 */
	List<Comment> findAllById(Iterable<Long> ids);

	/**
	 * The comment with this id, by the same statement as {@link #findAllById}.
	 * Implemented in the fragment, not as a default method, which Spring Data would call
	 * reflectively (docs/adr/011).
	 */
	Optional<Comment> findById(Long id);

	/**
	 * The number of top-level comments of each post, in one statement; posts without any
	 * count 0.
	 */
	Map<Long, Long> countTopLevel(Collection<Long> postIds);

	/**
	 * The number of direct replies of each comment, in one statement (a trigger keeps
	 * reply_count).
	 */
	Map<Long, Long> countReplies(Collection<Long> commentIds);

}
