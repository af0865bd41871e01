package dev.inkwell.follow;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import dev.inkwell.graphql.Cursor;
import dev.inkwell.graphql.InvalidInputException;

/** The keyset position in a newest-first follow list: (followed at, the other author's id), both descending. */
record FollowCursor(OffsetDateTime followedAt, long authorId) {

	static FollowCursor of(Follow follow) {
		return new FollowCursor(follow.followedAt(), follow.author().id());
	}

	String encode() {
		return Cursor.encode(followedAt, authorId);
	}

	/** Null for the first page; a cursor from elsewhere is the client's error. */
	static FollowCursor decode(String after) {
		if (after == null) {
			return null;
		}
		List<String> parts = Cursor.decode(after, 2, "after");
		try {
			return new FollowCursor(OffsetDateTime.parse(parts.get(0)), Long.parseLong(parts.get(1)));
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			throw new InvalidInputException("after", "'after' is not a cursor of this list");
		}
	}

}
