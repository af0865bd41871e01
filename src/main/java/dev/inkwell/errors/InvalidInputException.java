package dev.inkwell.errors;

/**
 * A client sent an argument that cannot be used (malformed ID or cursor, paging out of
 * range).
 */
public class InvalidInputException extends RuntimeException {

	private final String argument;

	public InvalidInputException(String argument, String message) {
		super(message);
		this.argument = argument;
	}

	/**
	 * The name of the offending argument, reported to the client in
	 * {@code extensions.argument}.
	 */
	public String argument() {
		return this.argument;
	}

}
