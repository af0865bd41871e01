package dev.inkwell.follow;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.inkwell.author.AuthorRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/** The follow table: writes, and batched reads of whole levels in one statement each. */
@Repository
class FollowRepository {

	private static final String AUTHOR_COLUMNS = AuthorRows.columns("a", "");

	private final JdbcClient jdbc;

	FollowRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Following twice is following once: the second insert does nothing. */
	void follow(long followerId, long followedId) {
		jdbc.sql("insert into follow (follower_id, followed_id) values (:followerId, :followedId) on conflict do nothing")
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
	 * One page per request, in one statement for all of them, as post/'s findNewestByAuthors does:
	 * unnest the requests WITH ORDINALITY and seek each one's index range in a LATERAL subquery
	 * (follow_followed_newest for followers, follow_follower_newest for followings), LIMIT first + 1.
	 */
	Map<FollowsRequest, List<Follow>> findNewest(Collection<FollowsRequest> requests) {
		List<FollowsRequest> ordered = List.copyOf(requests);
		int size = ordered.size();
		Long[] authorIds = new Long[size];
		Boolean[] followers = new Boolean[size];
		String[] afterFollowedAts = new String[size];
		Long[] afterIds = new Long[size];
		Integer[] limits = new Integer[size];
		for (int i = 0; i < size; i++) {
			FollowsRequest request = ordered.get(i);
			authorIds[i] = request.authorId();
			followers[i] = request.direction() == Direction.FOLLOWERS;
			afterFollowedAts[i] = request.after() == null ? null : request.after().time().toString();
			afterIds[i] = request.after() == null ? null : request.after().id();
			limits[i] = request.page().limit();
		}
		Map<FollowsRequest, List<Follow>> pages = new LinkedHashMap<>();
		ordered.forEach(request -> pages.put(request, new ArrayList<>()));
		jdbc.sql("""
				select k.ordinality, f.followed_at, %s
				from unnest(:authorIds::bigint[], :followers::boolean[], :afterFollowedAts::timestamptz[], :afterIds::bigint[], :limits::int[])
				     with ordinality as k(author_id, followers, after_followed_at, after_id, row_limit, ordinality)
				cross join lateral (
				  (select follow.created_at as followed_at, follow.follower_id as other_id from follow
				   where k.followers and follow.followed_id = k.author_id
				     and (k.after_id is null or (follow.created_at, follow.follower_id) < (k.after_followed_at, k.after_id))
				   order by follow.created_at desc, follow.follower_id desc
				   limit k.row_limit)
				  union all
				  (select follow.created_at, follow.followed_id from follow
				   where not k.followers and follow.follower_id = k.author_id
				     and (k.after_id is null or (follow.created_at, follow.followed_id) < (k.after_followed_at, k.after_id))
				   order by follow.created_at desc, follow.followed_id desc
				   limit k.row_limit)
				) f
				join author a on a.id = f.other_id
				order by k.ordinality, f.followed_at desc, f.other_id desc
				""".formatted(AUTHOR_COLUMNS))
			.param("authorIds", new SqlArrayValue("bigint", (Object[]) authorIds))
			.param("followers", new SqlArrayValue("boolean", (Object[]) followers))
			.param("afterFollowedAts", new SqlArrayValue("text", (Object[]) afterFollowedAts))
			.param("afterIds", new SqlArrayValue("bigint", (Object[]) afterIds))
			.param("limits", new SqlArrayValue("int4", (Object[]) limits))
			.query(rs -> {
				pages.get(ordered.get(rs.getInt("ordinality") - 1))
					.add(new Follow(AuthorRows.author(rs, ""), rs.getObject("followed_at", OffsetDateTime.class)));
			});
		return pages;
	}

	/** The counter on author (kept by a trigger): one statement for all authors of a level. */
	Map<Long, Integer> followerCounts(Collection<Long> authorIds) {
		Map<Long, Integer> counts = new HashMap<>();
		jdbc.sql("select id, follower_count from author where id = any(:authorIds)")
			.param("authorIds", new SqlArrayValue("bigint", authorIds.toArray()))
			.query(rs -> {
				counts.put(rs.getLong("id"), rs.getInt("follower_count"));
			});
		return counts;
	}

	/** How many authors each author follows, in one statement (the primary key serves it); none counts 0. */
	Map<Long, Integer> followingCounts(Collection<Long> authorIds) {
		Map<Long, Integer> counts = new HashMap<>();
		authorIds.forEach(id -> counts.put(id, 0));
		jdbc.sql("select follower_id, count(*) as following from follow where follower_id = any(:authorIds) group by follower_id")
			.param("authorIds", new SqlArrayValue("bigint", authorIds.toArray()))
			.query(rs -> {
				counts.put(rs.getLong("follower_id"), rs.getInt("following"));
			});
		return counts;
	}

}
