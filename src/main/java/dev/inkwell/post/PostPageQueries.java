package dev.inkwell.post;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.inkwell.relay.Page;
import dev.inkwell.relay.TimeKeyCursor;

/**
 * The native reads of posts: by id, and the lists (newest first, keyset-paged, batched over
 * parents). Reads use these rather than Spring Data's {@code findById}/{@code findAllById}, whose
 * reflective entity mapping cost more than the SQL (docs/benchmarks.md); writes keep Spring Data.
 */
public interface PostPageQueries {

	/** The posts with these ids, in one statement whatever their number; ids without a post are left out. */
	List<Post> findAllByIds(Collection<Long> ids);

	/**
	 * The post with this id, by the same statement as {@link #findAllByIds}. Implemented, not a
	 * default method: Spring Data calls default methods of a repository reflectively, which the
	 * author page's profile showed at 4 %.
	 */
	Optional<Post> findOne(long id);

	/** One page of all posts, newest first, with one extra row when a next page exists. */
	List<Post> findNewest(Page page, TimeKeyCursor after);

	/** The number of posts of each author, in one statement; authors without posts count 0. */
	Map<Long, Long> countByAuthorIds(Collection<Long> authorIds);

}
