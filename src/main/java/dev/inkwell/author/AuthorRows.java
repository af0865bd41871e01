package dev.inkwell.author;

import java.time.OffsetDateTime;
import java.util.List;

import dev.inkwell.projection.Columns;

import org.springframework.jdbc.core.RowMapper;

/**
 * How native queries of other features select and map author rows, e.g. joined next to
 * the comments of a thread so that their authors cost no statement of their own.
 */
public final class AuthorRows {

	/**
	 * Every mapped column, and what each field resolved from the row reads; the fields
	 * other features add to Author (posts, followers, stats, role, …) read only its id.
	 */
	public static final Columns COLUMNS = Columns
		.of("Author",
				List.of("id", "username", "email", "display_name", "bio", "created_at", "updated_at", "version",
						"post_count"))
		.field("id")
		.field("username")
		.field("displayName", "display_name")
		.field("bio", "bio")
		.field("createdAt", "created_at")
		.field("email", "email")
		.unexposed("updated_at");

	private AuthorRows() {
	}

	/**
	 * Every mapped column of {@code author} under {@code alias}, each renamed with
	 * {@code prefix} (may be empty).
	 */
	public static String columns(String alias, String prefix) {
		return COLUMNS.as(alias, prefix).all();
	}

	/**
	 * Reads the author in the current row from the columns named by {@link #columns} with
	 * the same prefix (may be empty). The column names are joined to the prefix once,
	 * here, not once per row: a feed maps a joined author for each of its comments.
	 */
	public static RowMapper<Author> mapper(String prefix) {
		String id = prefix + "id";
		String username = prefix + "username";
		String email = prefix + "email";
		String displayName = prefix + "display_name";
		String bio = prefix + "bio";
		String createdAt = prefix + "created_at";
		String updatedAt = prefix + "updated_at";
		String version = prefix + "version";
		String postCount = prefix + "post_count";
		return (rs, row) -> new Author(rs.getLong(id), rs.getString(username), rs.getString(email),
				rs.getString(displayName), rs.getString(bio), rs.getObject(createdAt, OffsetDateTime.class),
				rs.getObject(updatedAt, OffsetDateTime.class), rs.getInt(version), rs.getInt(postCount));
	}

}
