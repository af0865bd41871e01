package dev.inkwell.errors;

/**
 * The signed-in author may not do this: the object is someone else's, or the role is too
 * low.
 */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
