package dev.inkwell.graphql;

/**
 * The values of {@code extensions.code} on every error Inkwell returns: clients switch on these,
 * never on message text. The README's error catalogue documents them.
 */
public enum ErrorCode {

	/** An argument or input value cannot be used; {@code extensions.argument} names it. */
	BAD_USER_INPUT,
	/** The document does not parse. */
	GRAPHQL_PARSE_FAILED,
	/** The document asks for fields, types or arguments the schema does not have. */
	GRAPHQL_VALIDATION_FAILED,
	/** The document is deeper or selects more fields than the server's limits (README, configuration). */
	QUERY_TOO_COMPLEX,
	/** The object asked for does not exist. */
	NOT_FOUND,
	/** Something failed inside the server; {@code extensions.errorId} is in the server's log. */
	INTERNAL

}
