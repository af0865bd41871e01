package dev.inkwell.transport;

import org.springframework.http.HttpStatus;

/**
 * An HTTP request that is not a GraphQL-over-HTTP request, refused with this status
 * before anything runs.
 */
public class InvalidRequestException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	InvalidRequestException(HttpStatus status, String code, String message) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
	}

	public HttpStatus status() {
		return status;
	}

	public String code() {
		return code;
	}

}
