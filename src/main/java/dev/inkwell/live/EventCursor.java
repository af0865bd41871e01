package dev.inkwell.live;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.inkwell.errors.InvalidInputException;

/**
 * An event's opaque cursor: its outbox position, base64url-encoded with a prefix that
 * tells it from other cursors.
 */
final class EventCursor {

	private static final String PREFIX = "event:";

	static String encode(long position) {
		byte[] text = (PREFIX + position).getBytes(StandardCharsets.UTF_8);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text);
	}

	/**
	 * The position after which a resume starts; BAD_USER_INPUT for anything this class
	 * did not write.
	 */
	static long decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith(PREFIX)) {
				long position = Long.parseLong(text.substring(PREFIX.length()));
				if (position >= 0) {
					return position;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// Not base64 or not a number: the same answer as any other foreign cursor.
		}
		throw new InvalidInputException("after", "'after' is not a cursor of this subscription's events");
	}

	private EventCursor() {
	}

}
