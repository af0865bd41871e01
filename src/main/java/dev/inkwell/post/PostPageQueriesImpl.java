package dev.inkwell.post;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import dev.inkwell.relay.Page;
import dev.inkwell.relay.TimeKeyCursor;

import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

/** Native SQL for post lists; every method is one statement. */
class PostPageQueriesImpl implements PostPageQueries {

	/** Every mapped column, never the tsvector behind search: it is large and no reader needs it. */
	static final String COLUMNS = "id, author_id, title, body, body_html, created_at, updated_at, version, comment_count";

	private final JdbcClient jdbc;

	PostPageQueriesImpl(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Post> findAllByIds(Collection<Long> ids) {
		return jdbc.sql("select %s from post where id = any(:ids)".formatted(COLUMNS))
			.param("ids", new SqlArrayValue("bigint", ids.toArray()))
			.query(PostPageQueriesImpl::post)
			.list();
	}

	@Override
	public Optional<Post> findOne(long id) {
		return findAllByIds(List.of(id)).stream().findFirst();
	}

	@Override
	public List<Post> findNewest(Page page, TimeKeyCursor after) {
		if (after == null) {
			return jdbc.sql("""
					select %s from post
					order by created_at desc, id desc
					limit :limit
					""".formatted(COLUMNS)).param("limit", page.limit()).query(PostPageQueriesImpl::post).list();
		}
		return jdbc.sql("""
				select %s from post
				where (created_at, id) < (:afterCreatedAt, :afterId)
				order by created_at desc, id desc
				limit :limit
				""".formatted(COLUMNS))
			.param("afterCreatedAt", after.time())
			.param("afterId", after.id())
			.param("limit", page.limit())
			.query(PostPageQueriesImpl::post)
			.list();
	}

	/**
	 * A LATERAL join runs the index seek of post_author_newest once per request, so 50 authors'
	 * pages cost one statement, not 50. WITH ORDINALITY tags each row with the request it answers
	 * (the same author may be asked for two different pages).
	 */
	@Override
	public Map<AuthorPostsRequest, List<Post>> findNewestByAuthors(Collection<AuthorPostsRequest> requests) {
		List<AuthorPostsRequest> ordered = List.copyOf(requests);
		int size = ordered.size();
		Long[] authorIds = new Long[size];
		String[] afterCreatedAts = new String[size];
		Long[] afterIds = new Long[size];
		Integer[] limits = new Integer[size];
		for (int i = 0; i < size; i++) {
			AuthorPostsRequest request = ordered.get(i);
			authorIds[i] = request.authorId();
			afterCreatedAts[i] = request.after() == null ? null : request.after().time().toString();
			afterIds[i] = request.after() == null ? null : request.after().id();
			limits[i] = request.page().limit();
		}
		Map<AuthorPostsRequest, List<Post>> pages = new LinkedHashMap<>();
		ordered.forEach(request -> pages.put(request, new ArrayList<>()));
		jdbc.sql("""
				select k.ordinality, p.*
				from unnest(:authorIds::bigint[], :afterCreatedAts::timestamptz[], :afterIds::bigint[], :limits::int[])
				     with ordinality as k(author_id, after_created_at, after_id, row_limit, ordinality)
				cross join lateral (
				  select %s from post
				  where post.author_id = k.author_id
				    and (k.after_id is null or (post.created_at, post.id) < (k.after_created_at, k.after_id))
				  order by post.created_at desc, post.id desc
				  limit k.row_limit
				) p
				order by k.ordinality, p.created_at desc, p.id desc
				""".formatted(COLUMNS))
			.param("authorIds", new SqlArrayValue("bigint", (Object[]) authorIds))
			.param("afterCreatedAts", new SqlArrayValue("text", (Object[]) afterCreatedAts))
			.param("afterIds", new SqlArrayValue("bigint", (Object[]) afterIds))
			.param("limits", new SqlArrayValue("int4", (Object[]) limits))
			.query(rs -> {
				pages.get(ordered.get(rs.getInt("ordinality") - 1)).add(post(rs, rs.getRow()));
			});
		return pages;
	}

	@Override
	public Map<Long, Long> countByAuthorIds(Collection<Long> authorIds) {
		Map<Long, Long> counts = new HashMap<>();
		authorIds.forEach(id -> counts.put(id, 0L));
		jdbc.sql("select author_id, count(*) as posts from post where author_id = any(:authorIds) group by author_id")
			.param("authorIds", new SqlArrayValue("bigint", authorIds.toArray()))
			.query(rs -> {
				counts.put(rs.getLong("author_id"), rs.getLong("posts"));
			});
		return counts;
	}

	static Post post(ResultSet rs, int row) throws SQLException {
		return new Post(rs.getLong("id"), AggregateReference.to(rs.getLong("author_id")), rs.getString("title"),
				rs.getString("body"), rs.getString("body_html"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"), rs.getInt("comment_count"));
	}

}
