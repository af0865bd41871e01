package dev.inkwell.relay;

import dev.inkwell.errors.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque keyset cursors: the sort key of a row (e.g. created_at and id),
 * base64url-encoded. A page after a cursor is a {@code WHERE (key) < (cursor)} seek on an
 * index, never an OFFSET scan.
 */
public final class Cursor {

	private static final char SEPARATOR = '|';

	private Cursor() {
	}

	public static String encode(Object... keyParts) {
		StringBuilder joined = new StringBuilder();
		for (Object part : keyParts) {
			if (!joined.isEmpty()) {
				joined.append(SEPARATOR);
			}
			joined.append(part);
		}
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(joined.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The key parts of a cursor made by {@link #encode}; anything else is the client's
	 * error.
	 */
	public static List<String> decode(String cursor, int expectedParts, String argument) {
		try {
			String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			List<String> parts = List.of(joined.split("\\" + SEPARATOR, -1));
			if (parts.size() == expectedParts) {
				return parts;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw new InvalidInputException(argument, "'" + argument + "' is not a cursor of this list");
	}

	/**
	 * The id in a cursor made by {@code encode(id)}, for lists ordered by id or reached
	 * through one.
	 */
	public static long decodeId(String cursor, String argument) {
		try {
			return Long.parseLong(decode(cursor, 1, argument).get(0));
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(argument, "'" + argument + "' is not a cursor of this list");
		}
	}

}
