package dev.inkwell.follow;

import java.util.Collection;
import java.util.Map;

import dev.inkwell.relay.ParentCounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The follow table: writes, and batched reads of whole levels in one statement each. */
@Repository
class FollowRepository {

	private final JdbcClient jdbc;

	FollowRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Following twice is following once: the second insert does nothing. */
	void follow(long followerId, long followedId) {
		jdbc.sql(
				"insert into follow (follower_id, followed_id) values (:followerId, :followedId) on conflict do nothing")
			.param("followerId", followerId)
			.param("followedId", followedId)
			.update();
	}

	void unfollow(long followerId, long followedId) {
		jdbc.sql("delete from follow where follower_id = :followerId and followed_id = :followedId")
			.param("followerId", followerId)
			.param("followedId", followedId)
			.update();
	}

	/**
	 * The counter on author (kept by a trigger): one statement for all authors of a
	 * level.
	 */
	Map<Long, Long> followerCounts(Collection<Long> authorIds) {
		return ParentCounts.query(jdbc,
				"select id as parent_id, follower_count as total from author where id = any(:ids)", authorIds);
	}

	/**
	 * How many authors each author follows, in one statement (the primary key serves it).
	 */
	Map<Long, Long> followingCounts(Collection<Long> authorIds) {
		return ParentCounts.query(jdbc, """
				select follower_id as parent_id, count(*) as total from follow
				where follower_id = any(:ids) group by follower_id
				""", authorIds);
	}

}
