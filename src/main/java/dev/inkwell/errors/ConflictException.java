package dev.inkwell.errors;

import java.util.Map;

/**
 * A change clashes with the current state (a stale version, a taken username);
 * {@code details} go to the client in {@code extensions}, e.g. {@code currentVersion}.
 */
public class ConflictException extends RuntimeException {

	private final Map<String, Object> details;

	public ConflictException(String message, Map<String, Object> details) {
		super(message);
		this.details = Map.copyOf(details);
	}

	/**
	 * A stale version: the client read {@code currentVersion - n} and must read again
	 * before changing.
	 */
	public static ConflictException staleVersion(String type, int currentVersion) {
		return new ConflictException("The " + type + " was changed by someone else: read it again (version "
				+ currentVersion + ") and retry", Map.of("currentVersion", currentVersion));
	}

	public Map<String, Object> details() {
		return this.details;
	}

}
