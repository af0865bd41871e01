package dev.inkwell.errors;

/**
 * The values of {@code extensions.code} on every error Inkwell returns: clients switch on
 * these, never on message text. docs/guide/querying.md, "Errors", documents them.
 */
public enum ErrorCode {

	/**
	 * An argument or input value cannot be used; {@code extensions.argument} names it,
	 * and for input objects {@code extensions.fields} lists every bad field with a
	 * message.
	 */
	BAD_USER_INPUT,
	/** The document does not parse. */
	GRAPHQL_PARSE_FAILED,
	/** The document asks for fields, types or arguments the schema does not have. */
	GRAPHQL_VALIDATION_FAILED,
	/**
	 * The document is deeper or selects more fields than the server's limits
	 * (docs/guide/security-and-limits.md).
	 */
	QUERY_TOO_COMPLEX,
	/** The object asked for does not exist. */
	NOT_FOUND,
	/**
	 * No valid sign-in: no token where one is needed, an invalid, tampered or expired
	 * token, a wrong password.
	 */
	UNAUTHENTICATED,
	/** Signed in, but not allowed to do this (someone else's post, a role too low). */
	FORBIDDEN,
	/**
	 * A write by an account whose email address is not confirmed, while
	 * {@code inkwell.accounts.require-confirmed-email} is on (classified FORBIDDEN).
	 */
	EMAIL_NOT_CONFIRMED,
	/**
	 * A token from a mail that is wrong, used, expired or for another purpose (a reset
	 * token cannot confirm an address); {@code extensions.argument} names it.
	 */
	INVALID_TOKEN,
	/**
	 * The change clashes with the current state: a stale {@code version} (see
	 * {@code extensions.currentVersion}) or a value that must be unique and is taken.
	 */
	CONFLICT,
	/**
	 * Too many attempts (sign-in, mail requests); {@code extensions.retryAfterSeconds}
	 * says when to try again.
	 */
	RATE_LIMITED,
	/**
	 * Something failed inside the server; {@code extensions.errorId} is in the server's
	 * log.
	 */
	INTERNAL,
	/**
	 * The HTTP request is not a GraphQL-over-HTTP request: malformed JSON, no
	 * {@code query}, a {@code variables} or {@code extensions} that is not an object, a
	 * media type the endpoint does not speak; the HTTP status says which (400, 406, 413,
	 * 415).
	 */
	INVALID_REQUEST,
	/** A mutation or subscription sent with HTTP GET (HTTP 405, {@code Allow: POST}). */
	METHOD_NOT_ALLOWED,
	/**
	 * The server accepts only persisted document ids
	 * ({@code inkwell.graphql.documents=trusted}), not document text.
	 */
	PERSISTED_QUERY_NOT_ALLOWED,
	/**
	 * No persisted document has this id; with {@code persisted} documents, send the text
	 * with the id to register it.
	 */
	PERSISTED_QUERY_NOT_FOUND,
	/**
	 * The server does not take persisted document ids
	 * ({@code inkwell.graphql.documents=open}): send the text.
	 */
	PERSISTED_QUERY_NOT_SUPPORTED,
	/**
	 * The server cannot serve this now (the database is unreachable, no connection came
	 * free in time, too many expensive requests at once);
	 * {@code extensions.retryAfterSeconds} says when to try again.
	 */
	UNAVAILABLE,
	/**
	 * The request or one of its database statements ran past its time limit
	 * (docs/guide/security-and-limits.md).
	 */
	TIMEOUT,
	/**
	 * A subscription's {@code after:} cursor is older than the events the server keeps
	 * (its retention).
	 */
	EVENTS_EXPIRED,
	/**
	 * Too many subscriptions on this connection, or connections on this server instance
	 * ({@code extensions.limit}).
	 */
	SUBSCRIPTION_LIMIT,
	/**
	 * A subscriber read events slower than they came and was dropped; it may resume with
	 * {@code after:}.
	 */
	SLOW_CONSUMER

}
