package dev.inkwell.post;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import java.util.Map;

import dev.inkwell.relay.Page;
import dev.inkwell.projection.SelectedFields;
import dev.inkwell.projection.SqlPart;
import dev.inkwell.relay.ParentCounts;
import dev.inkwell.relay.TimeKeyCursor;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.jdbc.support.SqlArrayValue;

/** Native SQL for post lists; every method is one statement. */
class PostPageQueriesImpl implements PostPageQueries {

	private static final String COLUMNS = PostRows.columns("post");

	private static final SqlPart COLUMNS_ALONE = PostRows.COLUMNS.as("post", "");

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
		return newest(new Newest("post", COLUMNS_ALONE, after != null, page.limit()), after, selected, PostRows::post);
	}

	@Override
	public List<PostRows.WithAuthor> findNewestWithAuthors(Page page, TimeKeyCursor after, SelectedFields selected) {
		return newest(new Newest(PostRows.WITH_AUTHORS, PostRows.COLUMNS_WITH_AUTHORS, after != null, page.limit()),
				after, selected, PostRows.WITH_AUTHOR);
	}

	private <T> List<T> newest(Newest statement, TimeKeyCursor after, SelectedFields selected, RowMapper<T> rows) {
		StatementSpec spec = jdbc.sql(selected.rendered(statement, statement::render));
		if (after != null) {
			spec = spec.param("afterCreatedAt", after.time()).param("afterId", after.id());
		}
		return spec.query(rows).list();
	}

	/**
	 * A page of the newest posts: an index scan on post_newest, from the cursor on. The
	 * page size is written into the statement, not bound: PostgreSQL plans a bound
	 * {@code LIMIT} for 10 % of the table, so the prepared statement never settled on a
	 * generic plan and every feed was planned anew (ADR 028).
	 */
	private record Newest(String from, SqlPart columns, boolean afterCursor, int limit) {

		String render(SelectedFields selected) {
			return """
					select %s from %s
					%s
					order by post.created_at desc, post.id desc
					limit %d
					""".formatted(columns.render(selected), from,
					afterCursor ? "where (post.created_at, post.id) < (:afterCreatedAt, :afterId)" : "", limit);
		}

	}

	@Override
	public Map<Long, Long> countByAuthorIds(Collection<Long> authorIds) {
		return ParentCounts.query(jdbc,
				"select author_id as parent_id, count(*) as total from post where author_id = any(:ids) group by author_id",
				authorIds);
	}

}
