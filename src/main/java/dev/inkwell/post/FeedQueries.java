package dev.inkwell.post;

import java.util.List;

import dev.inkwell.relay.Page;
import dev.inkwell.relay.TimeKeyCursor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The feed: posts of the authors a viewer follows, newest first. It reads the follow table
 * (changeset 011) in SQL only, so post/ needs nothing of follow/ in Java.
 */
@Repository
class FeedQueries {

	private final JdbcClient jdbc;

	FeedQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Each followed author gives at most one page of its newest posts (an index seek on
	 * post_author_newest), and the merge of those takes the page: the cost grows with the authors
	 * followed times the page size, never with everything they ever wrote.
	 */
	List<Post> findFeed(long viewerId, Page page, TimeKeyCursor after) {
		return jdbc.sql("""
				select p.* from follow f
				cross join lateral (
				  select %s from post
				  where post.author_id = f.followed_id
				    and (cast(:afterId as bigint) is null or (post.created_at, post.id) < (cast(:afterCreatedAt as timestamptz), :afterId))
				  order by post.created_at desc, post.id desc
				  limit :limit
				) p
				where f.follower_id = :viewerId
				order by p.created_at desc, p.id desc
				limit :limit
				""".formatted(PostPageQueriesImpl.COLUMNS))
			.param("viewerId", viewerId)
			.param("afterId", after == null ? null : after.id())
			.param("afterCreatedAt", after == null ? null : after.time())
			.param("limit", page.limit())
			.query(PostPageQueriesImpl::post)
			.list();
	}

	long countFeed(long viewerId) {
		return jdbc.sql("""
				select count(*) from post
				where author_id in (select followed_id from follow where follower_id = :viewerId)
				""").param("viewerId", viewerId).query(Long.class).single();
	}

}
