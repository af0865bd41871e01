package dev.inkwell.post;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import java.util.Map;

import dev.inkwell.relay.Page;
import dev.inkwell.relay.ParentCounts;
import dev.inkwell.relay.TimeKeyCursor;

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
	public List<Post> findNewest(Page page, TimeKeyCursor after) {
		if (after == null) {
			return jdbc.sql("""
					select %s from post
					order by created_at desc, id desc
					limit :limit
					""".formatted(COLUMNS)).param("limit", page.limit()).query(PostRows::post).list();
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
			.query(PostRows::post)
			.list();
	}

	@Override
	public Map<Long, Long> countByAuthorIds(Collection<Long> authorIds) {
		return ParentCounts.query(jdbc,
				"select author_id as parent_id, count(*) as total from post where author_id = any(:ids) group by author_id",
				authorIds);
	}

}
