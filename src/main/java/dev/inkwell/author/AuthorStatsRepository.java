package dev.inkwell.author;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * Reads the {@code author_stats} view (db-changelog 007), which the database keeps in
 * step with every write.
 */
@Repository
class AuthorStatsRepository {

	private final JdbcClient jdbc;

	AuthorStatsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AuthorStats> findByAuthorIds(Collection<Long> authorIds) {
		return jdbc.sql("""
				select author_id, post_count, comment_count, last_post_at
				from author_stats
				where author_id = any(:authorIds)
				""")
			.param("authorIds", new SqlArrayValue("bigint", authorIds.toArray()))
			.query(AuthorStats.class)
			.list();
	}

}
