package dev.inkwell.post;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.inkwell.relay.Page;
import dev.inkwell.projection.SelectedFields;
import dev.inkwell.relay.TimeKeyCursor;

/**
 * Posts by id with a plain row mapper. These override Spring Data's {@code findById} and
 * {@code findAllById} (a repository fragment's methods take precedence over the base
 * ones), so reads by id have one name and skip the reflective entity mapping
 * (docs/adr/011); writes keep Spring Data's {@code save}. Also the lists of posts.
 */
public interface PostPageQueries {

	/**
	 * The posts with these ids, in one statement whatever their number; ids without a
	 * post are left out.
	 */
	List<Post> findAllById(Iterable<Long> ids);

	/**
	 * The post with this id, by the same statement as {@link #findAllById}. Implemented
	 * in the fragment, not as a default method, which Spring Data would call reflectively
	 * (docs/adr/011).
	 */
	Optional<Post> findById(Long id);

	/**
	 * One page of all posts, newest first, with one extra row when a next page exists;
	 * the costly columns only when the operation's fields need them.
	 */
	List<Post> findNewest(Page page, TimeKeyCursor after, SelectedFields selected);

	/**
	 * The same page as {@link #findNewest}, each post with its author joined in the same
	 * statement.
	 */
	List<PostRows.WithAuthor> findNewestWithAuthors(Page page, TimeKeyCursor after, SelectedFields selected);

	/**
	 * The number of posts of each author, in one statement; authors without posts count
	 * 0.
	 */
	Map<Long, Long> countByAuthorIds(Collection<Long> authorIds);

}
