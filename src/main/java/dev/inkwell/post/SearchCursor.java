package dev.inkwell.post;

import java.util.List;

import dev.inkwell.relay.Cursor;
import dev.inkwell.errors.InvalidInputException;

/** The keyset position of a hit in a best-first search: (rank, id), both descending. */
record SearchCursor(float rank, long id) {

	static SearchCursor of(PostSearchEdge hit) {
		return new SearchCursor(hit.rank(), hit.node().id());
	}

	/**
	 * Float.toString is the shortest text that reads back as the same float, so the seek
	 * is exact.
	 */
	String encode() {
		return Cursor.encode(Float.toString(rank), id);
	}

	static SearchCursor decode(String after) {
		if (after == null) {
			return null;
		}
		List<String> parts = Cursor.decode(after, 2, "after");
		try {
			return new SearchCursor(Float.parseFloat(parts.get(0)), Long.parseLong(parts.get(1)));
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("after", "'after' is not a cursor of this search");
		}
	}

}
