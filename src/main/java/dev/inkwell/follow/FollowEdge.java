package dev.inkwell.follow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import dev.inkwell.author.Author;
import dev.inkwell.author.AuthorRows;
import dev.inkwell.relay.Edge;
import dev.inkwell.relay.TimeKeyCursor;

import org.springframework.jdbc.core.RowMapper;

/** One entry of a follow list: the author on the other side and when the follow began. */
record FollowEdge(Author node, OffsetDateTime followedAt) implements Edge<Author> {

	/**
	 * What a follow list selects: the author on the other side ({@code a}) and the
	 * follow's time.
	 */
	static final String COLUMNS = AuthorRows.columns("a", "") + ", f.created_at as followed_at";

	@Override
	public String cursor() {
		return new TimeKeyCursor(followedAt, node.id()).encode();
	}

	private static final RowMapper<Author> AUTHOR = AuthorRows.mapper("");

	static Edge<Author> of(ResultSet rs, int row) throws SQLException {
		return new FollowEdge(AUTHOR.mapRow(rs, row), rs.getObject("followed_at", OffsetDateTime.class));
	}

}
