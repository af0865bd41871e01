package dev.inkwell.feed;

import java.util.Collection;
import java.util.Map;

import dev.inkwell.relay.ParentCounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The feed's count: how many posts the authors each viewer follows wrote. */
@Repository
class FeedRepository {

	private final JdbcClient jdbc;

	FeedRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One statement for all viewers asked for (one per request in practice); none
	 * followed counts 0.
	 */
	Map<Long, Long> countByViewers(Collection<Long> viewerIds) {
		return ParentCounts.query(jdbc, """
				select f.follower_id as parent_id, count(*) as total
				from follow f join post on post.author_id = f.followed_id
				where f.follower_id = any(:ids)
				group by f.follower_id
				""", viewerIds);
	}

}
