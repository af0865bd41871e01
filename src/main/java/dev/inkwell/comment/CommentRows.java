package dev.inkwell.comment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import dev.inkwell.author.Author;
import dev.inkwell.author.AuthorRows;
import dev.inkwell.relay.ChildQuery;
import dev.inkwell.projection.Columns;
import dev.inkwell.projection.SqlPart;

import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.jdbc.core.RowMapper;

/**
 * How native comment queries select and map a comment row, and the comment lists under a
 * post or a comment, with their variants that join each comment's author.
 */
final class CommentRows {

	/**
	 * Every mapped column; the body and the dates only for the fields that show them, the
	 * keys always (the author, post, parent and replies are loaded by them).
	 */
	static final Columns COLUMNS = Columns
		.of(CommentController.TYPE,
				List.of("id", "post_id", "author_id", "parent_id", "body", "deleted_at", "hidden_at", "depth",
						"reply_count", "created_at", "updated_at", "version"))
		.field("id")
		.field("body", "body", "deleted_at", "hidden_at")
		.field("deleted", "deleted_at")
		.field("hidden", "hidden_at")
		.field("createdAt")
		.field("updatedAt", "updated_at")
		.field("version")
		.field("depth")
		.field("replyCount");

	/**
	 * A post's top-level comments, oldest first: an index seek on comment_post_top_level
	 * per post.
	 */
	static final ChildQuery TOP_LEVEL = ChildQuery.of("comment c", COLUMNS.as("c", ""), "c.post_id")
		.where("c.parent_id is null")
		.oldestFirst("c.created_at", "c.id");

	/**
	 * A comment's direct replies, oldest first: a seek on comment_parent_oldest per
	 * comment.
	 */
	static final ChildQuery REPLIES = ChildQuery.of("comment c", COLUMNS.as("c", ""), "c.parent_id")
		.oldestFirst("c.created_at", "c.id");

	/**
	 * Authors joined to their comments, so that Comment.author costs no statement of its
	 * own.
	 */
	static final String WITH_AUTHORS = "comment c join author a on a.id = c.author_id";

	/**
	 * The columns of {@link #WITH_AUTHORS}: the author's under the prefix
	 * {@code author_}.
	 */
	static final SqlPart COLUMNS_WITH_AUTHORS = COLUMNS.as("c", "").and(AuthorRows.COLUMNS.as("a", "author_"));

	private static final RowMapper<Author> JOINED_AUTHOR = AuthorRows.mapper("author_");

	/** Every mapped column of {@code comment}, qualified by {@code alias}. */
	static String columns(String alias) {
		return COLUMNS.as(alias, "").all();
	}

	static Comment comment(ResultSet rs) throws SQLException {
		return new Comment(rs.getLong("id"), AggregateReference.to(rs.getLong("post_id")),
				AggregateReference.to(rs.getLong("author_id")), rs.getObject("parent_id", Long.class),
				rs.getString("body"), rs.getObject("deleted_at", OffsetDateTime.class),
				rs.getObject("hidden_at", OffsetDateTime.class), rs.getInt("depth"), rs.getInt("reply_count"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
				rs.getInt("version"));
	}

	/** A comment as a node of a list under a post or a comment. */
	static Comment node(ResultSet rs, int row) throws SQLException {
		return comment(rs);
	}

	/** The author joined by {@link #WITH_AUTHORS}. */
	static Author author(ResultSet rs, int row) throws SQLException {
		return JOINED_AUTHOR.mapRow(rs, row);
	}

	private CommentRows() {
	}

}
