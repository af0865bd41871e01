package dev.inkwell.live;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import dev.inkwell.comment.Comment;
import dev.inkwell.post.Post;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.jdbc.core.mapping.AggregateReference;

/**
 * How outbox rows are selected and turned into events. The row snapshot is the
 * {@code to_jsonb} of a comment or post row, so its keys are the table's column names.
 */
final class OutboxRows {

	static final String COLUMNS = "o.position, o.topic, o.kind, o.post_id, o.author_id, o.row_data::text as row_data";

	private OutboxRows() {
	}

	static Event event(ResultSet rs) throws SQLException {
		long position = rs.getLong("position");
		Event.Topic topic = Event.Topic.valueOf(rs.getString("topic").toUpperCase(java.util.Locale.ROOT));
		EventKind kind = EventKind.valueOf(rs.getString("kind"));
		JsonNode row = JsonMapper.shared().readTree(rs.getString("row_data"));
		return topic == Event.Topic.COMMENT
				? new Event(position, topic, kind, rs.getLong("post_id"), rs.getLong("author_id"), comment(row), null)
				: new Event(position, topic, kind, rs.getLong("post_id"), rs.getLong("author_id"), null, post(row));
	}

	private static Comment comment(JsonNode row) {
		return new Comment(row.get("id").asLong(), AggregateReference.to(row.get("post_id").asLong()),
				AggregateReference.to(row.get("author_id").asLong()), nullableLong(row, "parent_id"), text(row, "body"),
				time(row, "deleted_at"), time(row, "hidden_at"), row.path("depth").asInt(),
				row.path("reply_count").asInt(), time(row, "created_at"), time(row, "updated_at"),
				row.path("version").asInt());
	}

	private static Post post(JsonNode row) {
		return new Post(row.get("id").asLong(), AggregateReference.to(row.get("author_id").asLong()),
				text(row, "title"), text(row, "body"), text(row, "body_html"), time(row, "created_at"),
				time(row, "updated_at"), row.path("version").asInt(), row.path("comment_count").asInt());
	}

	private static String text(JsonNode row, String column) {
		JsonNode value = row.get(column);
		return value == null || value.isNull() ? null : value.asString();
	}

	private static Long nullableLong(JsonNode row, String column) {
		JsonNode value = row.get(column);
		return value == null || value.isNull() ? null : value.asLong();
	}

	private static OffsetDateTime time(JsonNode row, String column) {
		String value = text(row, column);
		return value == null ? null : OffsetDateTime.parse(value);
	}

}
