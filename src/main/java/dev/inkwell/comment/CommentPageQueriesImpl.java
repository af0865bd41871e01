package dev.inkwell.comment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

import dev.inkwell.relay.ParentCounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

/** Native SQL for comment reads; every method is one statement. */
class CommentPageQueriesImpl implements CommentPageQueries {

	private final JdbcClient jdbc;

	CommentPageQueriesImpl(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Comment> findAllById(Iterable<Long> ids) {
		return jdbc.sql("select " + CommentRows.columns("c") + " from comment c where c.id = any(:ids)")
			.param("ids", new SqlArrayValue("bigint", StreamSupport.stream(ids.spliterator(), false).toArray()))
			.query((rs, row) -> CommentRows.comment(rs))
			.list();
	}

	@Override
	public Optional<Comment> findById(Long id) {
		return findAllById(List.of(id)).stream().findFirst();
	}

	@Override
	public Map<Long, Long> countTopLevel(Collection<Long> postIds) {
		return ParentCounts.query(jdbc, """
				select post_id as parent_id, count(*) as total from comment
				where post_id = any(:ids) and parent_id is null
				group by post_id
				""", postIds);
	}

	/**
	 * Replies are counted by a trigger (comment.reply_count): no need to count them
	 * again.
	 */
	@Override
	public Map<Long, Long> countReplies(Collection<Long> commentIds) {
		return ParentCounts.query(jdbc,
				"select id as parent_id, reply_count as total from comment where id = any(:ids)", commentIds);
	}

}
