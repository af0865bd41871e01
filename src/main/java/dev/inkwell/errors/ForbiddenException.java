package dev.inkwell.errors;

/**
 * The signed-in author may not do this: the object is someone else's, the role is too
 * low, or (with {@link ErrorCode#EMAIL_NOT_CONFIRMED}) the address is not confirmed yet.
 */
public class ForbiddenException extends RuntimeException {

	private final ErrorCode code;

	public ForbiddenException(String message) {
		this(message, ErrorCode.FORBIDDEN);
	}

	public ForbiddenException(String message, ErrorCode code) {
		super(message);
		this.code = code;
	}

	/** The {@code extensions.code}: FORBIDDEN, or a more precise reason. */
	public ErrorCode code() {
		return this.code;
	}

}
