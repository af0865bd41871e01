package dev.inkwell.post;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import dev.inkwell.graphql.Cursor;
import dev.inkwell.graphql.InvalidInputException;

/** The keyset position of a post in a newest-first list: (created_at, id), both descending. */
record PostCursor(OffsetDateTime createdAt, long id) {

	static PostCursor of(Post post) {
		return new PostCursor(post.createdAt(), post.id());
	}

	String encode() {
		return Cursor.encode(createdAt, id);
	}

	/** Null for the first page; a cursor from elsewhere is the client's error. */
	static PostCursor decode(String after) {
		if (after == null) {
			return null;
		}
		List<String> parts = Cursor.decode(after, 2, "after");
		try {
			return new PostCursor(OffsetDateTime.parse(parts.get(0)), Long.parseLong(parts.get(1)));
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			throw new InvalidInputException("after", "'after' is not a cursor of this list");
		}
	}

}
