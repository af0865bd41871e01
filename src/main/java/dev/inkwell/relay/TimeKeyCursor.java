package dev.inkwell.relay;

import dev.inkwell.errors.InvalidInputException;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The keyset position of a row in a time-ordered list: (a timestamp, an id), e.g.
 * (created_at, id) of a post or a comment, (followed at, author id) of a follow. The id
 * breaks ties, so the order is total and a page never skips or repeats a row.
 */
public record TimeKeyCursor(OffsetDateTime time, long id) {

	public String encode() {
		return Cursor.encode(time, id);
	}

	/** Null for the first page; a cursor from elsewhere is the client's error. */
	public static TimeKeyCursor decode(String after) {
		if (after == null) {
			return null;
		}
		List<String> parts = Cursor.decode(after, 2, "after");
		try {
			return new TimeKeyCursor(OffsetDateTime.parse(parts.get(0)), Long.parseLong(parts.get(1)));
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			throw new InvalidInputException("after", "'after' is not a cursor of this list");
		}
	}

}
