package dev.inkwell.errors;

/**
 * The request has no valid sign-in where one is needed: no token, a bad token, or wrong
 * credentials.
 */
public class UnauthenticatedException extends RuntimeException {

	public UnauthenticatedException(String message) {
		super(message);
	}

}
