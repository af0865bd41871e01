package dev.inkwell.tag;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A tag: one row of {@code tag}, a name unique whatever its case, spelled as first
 * written.
 */
record Tag(long id, String name, OffsetDateTime createdAt) {

	/** Every mapped column, in the order of the components (a test checks they match). */
	static final List<String> COLUMNS = List.of("id", "name", "created_at");

	static String columns(String alias) {
		return COLUMNS.stream().map(column -> alias + "." + column).collect(Collectors.joining(", "));
	}

	static Tag of(ResultSet rs, int row) throws SQLException {
		return new Tag(rs.getLong("id"), rs.getString("name"), rs.getObject("created_at", OffsetDateTime.class));
	}

}
