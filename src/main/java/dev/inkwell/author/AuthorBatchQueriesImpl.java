package dev.inkwell.author;

import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.jdbc.core.RowMapper;

/**
 * Native SQL for author batches: every Post.author or Comment.author of a level runs
 * this, so it skips Spring Data's reflective entity mapping, which the benchmark profile
 * found to be the largest single hot spot of the feed (docs/benchmarks.md).
 */
class AuthorBatchQueriesImpl implements AuthorBatchQueries {

	private static final RowMapper<Author> AUTHOR = AuthorRows.mapper("");

	private static final String BY_IDS = "select " + AuthorRows.columns("a", "")
			+ " from author a where a.id = any(:ids)";

	private final JdbcClient jdbc;

	AuthorBatchQueriesImpl(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Author> findAllById(Iterable<Long> ids) {
		return jdbc.sql(BY_IDS)
			.param("ids", new SqlArrayValue("bigint", StreamSupport.stream(ids.spliterator(), false).toArray()))
			.query(AUTHOR)
			.list();
	}

	@Override
	public Optional<Author> findById(Long id) {
		return findAllById(List.of(id)).stream().findFirst();
	}

}
