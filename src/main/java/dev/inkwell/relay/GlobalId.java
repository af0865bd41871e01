package dev.inkwell.relay;

import dev.inkwell.errors.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque, globally unique ID: the type name and the row id, base64url-encoded, so that
 * {@code node(id:)} can find any object and clients never build IDs themselves.
 */
public record GlobalId(String type, long id) {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	public static String encode(String type, long id) {
		return ENCODER.encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Decodes any global ID; a malformed one is the client's error, reported on
	 * {@code argument}.
	 */
	public static GlobalId decode(String value, String argument) {
		String decoded;
		try {
			decoded = new String(DECODER.decode(value), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw malformed(argument);
		}
		int colon = decoded.indexOf(':');
		if (colon <= 0) {
			throw malformed(argument);
		}
		try {
			long id = Long.parseLong(decoded.substring(colon + 1));
			if (id <= 0) {
				throw malformed(argument);
			}
			return new GlobalId(decoded.substring(0, colon), id);
		}
		catch (NumberFormatException ex) {
			throw malformed(argument);
		}
	}

	/** Decodes an ID that must name an object of {@code expectedType}. */
	public static long decode(String value, String expectedType, String argument) {
		GlobalId globalId = decode(value, argument);
		if (!globalId.type().equals(expectedType)) {
			throw new InvalidInputException(argument, "'" + argument + "' must be the ID of a " + expectedType);
		}
		return globalId.id();
	}

	private static InvalidInputException malformed(String argument) {
		return new InvalidInputException(argument, "'" + argument + "' is not a valid ID");
	}

}
