package dev.inkwell.comment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.data.jdbc.core.mapping.AggregateReference;

/** How native comment queries select and map a comment row. */
final class CommentRows {

	private static final List<String> COLUMNS = List.of("id", "post_id", "author_id", "parent_id", "body", "deleted_at",
			"hidden_at", "depth", "reply_count", "created_at", "updated_at", "version");

	/** Every mapped column of {@code comment}, qualified by {@code alias}. */
	static String columns(String alias) {
		return COLUMNS.stream().map(column -> alias + "." + column).collect(Collectors.joining(", "));
	}

	static Comment comment(ResultSet rs) throws SQLException {
		return new Comment(rs.getLong("id"), AggregateReference.to(rs.getLong("post_id")),
				AggregateReference.to(rs.getLong("author_id")), rs.getObject("parent_id", Long.class), rs.getString("body"),
				rs.getObject("deleted_at", OffsetDateTime.class), rs.getObject("hidden_at", OffsetDateTime.class),
				rs.getInt("depth"), rs.getInt("reply_count"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"));
	}

	private CommentRows() {
	}

}
