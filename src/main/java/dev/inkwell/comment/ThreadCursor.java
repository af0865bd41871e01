package dev.inkwell.comment;

import java.util.List;

import dev.inkwell.relay.Cursor;
import dev.inkwell.errors.InvalidInputException;

/**
 * A position in one thread: the comment a page starts after. It names its thread, so a
 * cursor of another thread is refused instead of silently giving an empty page.
 */
final class ThreadCursor {

	static String encode(CommentParent root, long commentId) {
		return Cursor.encode(root.kind(), root.id(), commentId);
	}

	/**
	 * The comment id in a cursor of this {@code root}'s thread; null for the first page.
	 */
	static Long decode(String after, CommentParent root) {
		if (after == null) {
			return null;
		}
		List<String> parts = Cursor.decode(after, 3, "after");
		if (!parts.get(0).equals(root.kind().name()) || !parts.get(1).equals(String.valueOf(root.id()))) {
			throw new InvalidInputException("after", "'after' is not a cursor of this thread");
		}
		try {
			return Long.parseLong(parts.get(2));
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("after", "'after' is not a cursor of this thread");
		}
	}

	private ThreadCursor() {
	}

}
