package dev.inkwell.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Builds IDs and cursors by hand, the way a misbehaving client would. */
public final class GlobalIdsForTests {

	private GlobalIdsForTests() {
	}

	public static String encodeRaw(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

}
