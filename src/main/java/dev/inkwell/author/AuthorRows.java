package dev.inkwell.author;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How native queries of other features select and map author rows, e.g. joined next to
 * the comments of a thread so that their authors cost no statement of their own.
 */
public final class AuthorRows {

	static final List<String> COLUMNS = List.of("id", "username", "email", "display_name", "bio", "created_at",
			"updated_at", "version", "post_count");

	private AuthorRows() {
	}

	/**
	 * Every mapped column of {@code author} under {@code alias}, each renamed with
	 * {@code prefix} (may be empty).
	 */
	public static String columns(String alias, String prefix) {
		return COLUMNS.stream()
			.map(column -> alias + "." + column + " as " + prefix + column)
			.collect(Collectors.joining(", "));
	}

	/**
	 * The author in the current row, read from the columns named by {@link #columns} with
	 * the same prefix.
	 */
	public static Author author(ResultSet rs, String prefix) throws SQLException {
		return new Author(rs.getLong(prefix + "id"), rs.getString(prefix + "username"), rs.getString(prefix + "email"),
				rs.getString(prefix + "display_name"), rs.getString(prefix + "bio"),
				rs.getObject(prefix + "created_at", OffsetDateTime.class),
				rs.getObject(prefix + "updated_at", OffsetDateTime.class), rs.getInt(prefix + "version"),
				rs.getInt(prefix + "post_count"));
	}

}
