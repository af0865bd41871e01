package dev.inkwell.transport;

import org.springframework.http.HttpStatus;

/**
 * An HTTP request that is not a GraphQL-over-HTTP request, refused with this status
 * before anything runs.
 */
class InvalidRequestException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	InvalidRequestException(HttpStatus status, String code, String message) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
	}

	HttpStatus status() {
		return status;
	}

	String code() {
		return code;
	}

}
