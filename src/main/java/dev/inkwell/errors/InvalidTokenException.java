package dev.inkwell.errors;

/**
 * A one-time token from a mail that cannot be used: unknown, used, expired, or issued for
 * another purpose. The message does not say which, so a guesser learns nothing.
 */
public class InvalidTokenException extends RuntimeException {

	private final String argument;

	public InvalidTokenException(String argument, String message) {
		super(message);
		this.argument = argument;
	}

	/** The argument that carried the token, reported in {@code extensions.argument}. */
	public String argument() {
		return this.argument;
	}

}
