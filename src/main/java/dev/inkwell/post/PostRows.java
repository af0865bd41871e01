package dev.inkwell.post;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import dev.inkwell.author.Author;
import dev.inkwell.author.AuthorRows;
import dev.inkwell.relay.ChildQuery;
import dev.inkwell.projection.Columns;
import dev.inkwell.projection.SqlPart;
import dev.inkwell.relay.TimeKeyCursor;

import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.jdbc.core.RowMapper;

/**
 * How native queries, this feature's and others', select and map a post row, and the
 * posts of an author as a list under a list (which the feed and tags reach through their
 * link tables).
 */
public final class PostRows {

	/**
	 * Every mapped column, never the tsvector behind search: it is large and no reader
	 * needs it. The bodies are read only for the fields that show them; the fields
	 * resolved by loaders (author, comments, tags, …) read only the keys.
	 */
	public static final Columns COLUMNS = Columns
		.of(PostController.TYPE,
				List.of("id", "author_id", "title", "body", "body_html", "created_at", "updated_at", "version",
						"comment_count"))
		.field("id")
		.field("title")
		.field("body", "body")
		.field("bodyHtml", "body_html", "body")
		.field("createdAt")
		.field("updatedAt", "updated_at")
		.field("version")
		.field("commentCount");

	/**
	 * An author's posts, newest first: an index seek on post_author_newest per author.
	 */
	public static final ChildQuery BY_AUTHOR = ChildQuery.of("post", COLUMNS.as("post", ""), "post.author_id")
		.newestFirst("post.created_at", "post.id");

	/**
	 * Posts with their authors joined, so that Post.author costs no statement of its own.
	 */
	static final String WITH_AUTHORS = "post join author a on a.id = post.author_id";

	/**
	 * The columns of {@link #WITH_AUTHORS}: the author's under the prefix
	 * {@code author_}.
	 */
	static final SqlPart COLUMNS_WITH_AUTHORS = COLUMNS.as("post", "").and(AuthorRows.COLUMNS.as("a", "author_"));

	private static final RowMapper<Author> JOINED_AUTHOR = AuthorRows.mapper("author_");

	/** A post and its author, read from {@link #COLUMNS_WITH_AUTHORS}. */
	static final RowMapper<WithAuthor> WITH_AUTHOR = (rs, row) -> new WithAuthor(post(rs, row),
			JOINED_AUTHOR.mapRow(rs, row));

	private PostRows() {
	}

	/** Every mapped column of {@code post}, qualified by {@code alias}. */
	public static String columns(String alias) {
		return COLUMNS.as(alias, "").all();
	}

	/** The post in the current row, read from the columns named by {@link #columns}. */
	public static Post post(ResultSet rs, int row) throws SQLException {
		return new Post(rs.getLong("id"), AggregateReference.to(rs.getLong("author_id")), rs.getString("title"),
				rs.getString("body"), rs.getString("body_html"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"), rs.getInt("comment_count"));
	}

	/** A post with its author, read in the same row. */
	public record WithAuthor(Post post, Author author) {
	}

	/** A post's place in a newest-first list: (created_at, id). */
	public static String cursor(Post post) {
		return new TimeKeyCursor(post.createdAt(), post.id()).encode();
	}

}
