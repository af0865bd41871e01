package dev.inkwell.post;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.inkwell.graphql.Page;
import dev.inkwell.graphql.TimeKeyCursor;

/** The native reads behind post lists: newest first, keyset-paged, batched over parents. */
interface PostPageQueries {

	/** One page of all posts, newest first, with one extra row when a next page exists. */
	List<Post> findNewest(Page page, TimeKeyCursor after);

	/**
	 * One page of posts for each request, newest first, in one statement for all of them; each
	 * list holds one extra row when a next page exists.
	 */
	Map<AuthorPostsRequest, List<Post>> findNewestByAuthors(Collection<AuthorPostsRequest> requests);

	/** The number of posts of each author, in one statement; authors without posts count 0. */
	Map<Long, Long> countByAuthorIds(Collection<Long> authorIds);

}
