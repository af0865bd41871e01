package dev.inkwell.errors;

/**
 * A mutation names an object that does not exist; {@code argument} is the argument that
 * named it.
 */
public class NotFoundException extends RuntimeException {

	private final String argument;

	public NotFoundException(String argument, String message) {
		super(message);
		this.argument = argument;
	}

	public String argument() {
		return this.argument;
	}

}
