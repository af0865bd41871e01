package dev.inkwell.errors;

/**
 * The values of {@code extensions.code} on every error Inkwell returns: clients switch on these,
 * never on message text. The README's error catalogue documents them.
 */
public enum ErrorCode {

	/**
	 * An argument or input value cannot be used; {@code extensions.argument} names it, and for input
	 * objects {@code extensions.fields} lists every bad field with a message.
	 */
	BAD_USER_INPUT,
	/** The document does not parse. */
	GRAPHQL_PARSE_FAILED,
	/** The document asks for fields, types or arguments the schema does not have. */
	GRAPHQL_VALIDATION_FAILED,
	/** The document is deeper or selects more fields than the server's limits (README, configuration). */
	QUERY_TOO_COMPLEX,
	/** The object asked for does not exist. */
	NOT_FOUND,
	/** No valid sign-in: no token where one is needed, an invalid, tampered or expired token, a wrong password. */
	UNAUTHENTICATED,
	/** Signed in, but not allowed to do this (someone else's post, a role too low). */
	FORBIDDEN,
	/**
	 * The change clashes with the current state: a stale {@code version} (see {@code extensions.currentVersion})
	 * or a value that must be unique and is taken.
	 */
	CONFLICT,
	/** Too many attempts (sign-in); {@code extensions.retryAfterSeconds} says when to try again. */
	RATE_LIMITED,
	/** Something failed inside the server; {@code extensions.errorId} is in the server's log. */
	INTERNAL,
	/** A subscription's {@code after:} cursor is older than the events the server keeps (its retention). */
	EVENTS_EXPIRED,
	/** Too many subscriptions on this connection, or connections on this server instance ({@code extensions.limit}). */
	SUBSCRIPTION_LIMIT,
	/** A subscriber read events slower than they came and was dropped; it may resume with {@code after:}. */
	SLOW_CONSUMER

}
