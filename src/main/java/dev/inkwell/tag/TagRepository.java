package dev.inkwell.tag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.inkwell.post.PostRows;
import dev.inkwell.relay.ChildQuery;
import dev.inkwell.relay.ParentCounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tag and post_tag tables (changeset 012): reads batched per level, and replacing a
 * post's tags.
 */
@Repository
class TagRepository {

	/**
	 * A tag's posts, newest first: an index seek on post_tag_tag_newest per tag, since
	 * post_tag carries its post's created_at; each post is then read by its primary key.
	 */
	static final ChildQuery POSTS_OF_TAG = ChildQuery
		.of("post_tag pt join post on post.id = pt.post_id", PostRows.COLUMNS.as("post", ""), "pt.tag_id")
		.newestFirst("pt.post_created_at", "pt.post_id");

	private static final String COLUMNS = Tag.columns("t");

	private final JdbcClient jdbc;

	TagRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Tag> findAllById(Collection<Long> ids) {
		return jdbc.sql("select %s from tag t where t.id = any(:ids)".formatted(COLUMNS))
			.param("ids", new SqlArrayValue("bigint", ids.toArray()))
			.query(Tag::of)
			.list();
	}

	Optional<Tag> findById(long id) {
		return findAllById(List.of(id)).stream().findFirst();
	}

	/** By tag_name_unique: the name's case does not matter. */
	Optional<Tag> findByName(String name) {
		return jdbc.sql("select %s from tag t where lower(t.name) = lower(:name)".formatted(COLUMNS))
			.param("name", name)
			.query(Tag::of)
			.optional();
	}

	/**
	 * A page of all tags by name, after the tag with id {@code afterId} (null for the
	 * first page).
	 */
	List<Tag> findPageByName(Long afterId, int limit) {
		return jdbc.sql("""
				select %s from tag t
				where cast(:afterId as bigint) is null
				   or lower(t.name) > (select lower(name) from tag where id = :afterId)
				order by lower(t.name)
				limit :limit
				""".formatted(COLUMNS)).param("afterId", afterId).param("limit", limit).query(Tag::of).list();
	}

	long count() {
		return jdbc.sql("select count(*) from tag").query(Long.class).single();
	}

	/**
	 * The tags of each post, by name, in one statement (post_tag_pkey); a post without
	 * tags has none.
	 */
	Map<Long, List<Tag>> findByPostIds(Collection<Long> postIds) {
		Map<Long, List<Tag>> byPost = new HashMap<>();
		jdbc.sql("""
				select pt.post_id, %s from post_tag pt join tag t on t.id = pt.tag_id
				where pt.post_id = any(:ids)
				order by pt.post_id, lower(t.name)
				""".formatted(COLUMNS)).param("ids", new SqlArrayValue("bigint", postIds.toArray())).query(rs -> {
			byPost.computeIfAbsent(rs.getLong("post_id"), id -> new ArrayList<>()).add(Tag.of(rs, 0));
		});
		return byPost;
	}

	Map<Long, Long> countPosts(Collection<Long> tagIds) {
		return ParentCounts.query(jdbc,
				"select tag_id as parent_id, count(*) as total from post_tag where tag_id = any(:ids) group by tag_id",
				tagIds);
	}

	/**
	 * Makes {@code names} the post's tags; false when there is no such post. The post row
	 * is locked first, so two replacements of one post's tags run one after the other.
	 * New names are inserted by a statement of their own, so the next one (a new
	 * snapshot) sees the tags that a concurrent request created meanwhile and this insert
	 * skipped.
	 */
	@Transactional
	boolean replaceTagsOfPost(long postId, List<String> names) {
		boolean exists = jdbc.sql("select 1 from post where id = :postId for update")
			.param("postId", postId)
			.query(Integer.class)
			.optional()
			.isPresent();
		if (!exists) {
			return false;
		}
		SqlArrayValue wanted = new SqlArrayValue("text", names.toArray());
		jdbc.sql("""
				insert into tag (name)
				select name from unnest(:names::text[]) with ordinality as w(name, position) order by position
				on conflict ((lower(name))) do nothing
				""").param("names", wanted).update();
		jdbc.sql("""
				delete from post_tag
				where post_id = :postId
				  and tag_id not in (
				    select id from tag where lower(name) = any(select lower(n) from unnest(:names::text[]) n))
				""").param("postId", postId).param("names", wanted).update();
		jdbc.sql("""
				insert into post_tag (post_id, tag_id, post_created_at)
				select p.id, t.id, p.created_at
				from post p join tag t on lower(t.name) = any(select lower(n) from unnest(:names::text[]) n)
				where p.id = :postId
				on conflict do nothing
				""").param("postId", postId).param("names", wanted).update();
		return true;
	}

}
