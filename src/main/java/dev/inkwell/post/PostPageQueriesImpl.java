package dev.inkwell.post;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import java.util.Map;

import dev.inkwell.relay.Page;
import dev.inkwell.relay.SelectedFields;
import dev.inkwell.relay.ParentCounts;
import dev.inkwell.relay.TimeKeyCursor;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

/** Native SQL for post lists; every method is one statement. */
class PostPageQueriesImpl implements PostPageQueries {

	private static final String COLUMNS = PostRows.columns("post");

	private final JdbcClient jdbc;

	PostPageQueriesImpl(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Post> findAllById(Iterable<Long> ids) {
		return jdbc.sql("select %s from post where id = any(:ids)".formatted(COLUMNS))
			.param("ids", new SqlArrayValue("bigint", StreamSupport.stream(ids.spliterator(), false).toArray()))
			.query(PostRows::post)
			.list();
	}

	@Override
	public Optional<Post> findById(Long id) {
		return findAllById(List.of(id)).stream().findFirst();
	}

	@Override
	public List<Post> findNewest(Page page, TimeKeyCursor after, SelectedFields selected) {
		return newest("post", PostRows.COLUMNS.as("post", "").render(selected), page, after, PostRows::post);
	}

	@Override
	public List<PostRows.WithAuthor> findNewestWithAuthors(Page page, TimeKeyCursor after, SelectedFields selected) {
		return newest(PostRows.WITH_AUTHORS, PostRows.COLUMNS_WITH_AUTHORS.render(selected), page, after,
				PostRows.WITH_AUTHOR);
	}

	/** A page of the newest posts: an index scan on post_newest, from the cursor on. */
	private <T> List<T> newest(String from, String columns, Page page, TimeKeyCursor after, RowMapper<T> rows) {
		if (after == null) {
			return jdbc.sql("""
					select %s from %s
					order by post.created_at desc, post.id desc
					limit :limit
					""".formatted(columns, from)).param("limit", page.limit()).query(rows).list();
		}
		return jdbc.sql("""
				select %s from %s
				where (post.created_at, post.id) < (:afterCreatedAt, :afterId)
				order by post.created_at desc, post.id desc
				limit :limit
				""".formatted(columns, from))
			.param("afterCreatedAt", after.time())
			.param("afterId", after.id())
			.param("limit", page.limit())
			.query(rows)
			.list();
	}

	@Override
	public Map<Long, Long> countByAuthorIds(Collection<Long> authorIds) {
		return ParentCounts.query(jdbc,
				"select author_id as parent_id, count(*) as total from post where author_id = any(:ids) group by author_id",
				authorIds);
	}

}
