package dev.inkwell.comment;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import dev.inkwell.graphql.Cursor;
import dev.inkwell.graphql.InvalidInputException;

/** The keyset position of a comment in an oldest-first list: (created_at, id), both ascending. */
record CommentCursor(OffsetDateTime createdAt, long id) {

	static CommentCursor of(Comment comment) {
		return new CommentCursor(comment.createdAt(), comment.id());
	}

	String encode() {
		return Cursor.encode(createdAt, id);
	}

	/** Null for the first page; a cursor from elsewhere is the client's error. */
	static CommentCursor decode(String after) {
		if (after == null) {
			return null;
		}
		List<String> parts = Cursor.decode(after, 2, "after");
		try {
			return new CommentCursor(OffsetDateTime.parse(parts.get(0)), Long.parseLong(parts.get(1)));
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			throw new InvalidInputException("after", "'after' is not a cursor of this list");
		}
	}

}
