package dev.inkwell.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** A document's id: the lower-case hex SHA-256 of its exact UTF-8 text. */
final class DocumentId {

	private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

	private DocumentId() {
	}

	static String of(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	static boolean isValid(String id) {
		return HEX.matcher(id).matches();
	}

	/**
	 * The id a request names, normalised ({@code sha256:} prefix dropped, lower case), or
	 * null: Relay's {@code documentId} (which the HTTP reader moves into extensions) or
	 * Apollo's persisted query hash.
	 */
	static String requested(Map<String, Object> extensions) {
		Object relay = extensions.get("documentId");
		if (relay instanceof String id) {
			return normalise(id.startsWith("sha256:") ? id.substring("sha256:".length()) : id);
		}
		if (extensions.get("persistedQuery") instanceof Map<?, ?> apollo
				&& apollo.get("sha256Hash") instanceof String id) {
			return normalise(id);
		}
		return null;
	}

	private static String normalise(String id) {
		return id.trim().toLowerCase(Locale.ROOT);
	}

}
