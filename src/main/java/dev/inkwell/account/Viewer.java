package dev.inkwell.account;

/**
 * Who sent the request, as its verified bearer token says: the author's id. Controllers
 * take it with
 * {@code @ContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer viewer}; null
 * means anonymous. What the viewer may do is {@link Permissions}' question.
 */
public record Viewer(long authorId) {

	/** The GraphQL context key under which {@link ViewerInterceptor} puts the viewer. */
	public static final String CONTEXT_KEY = "inkwell.viewer";

	/**
	 * The GraphQL context key of the author a mutation signed in (register, login): the
	 * request was anonymous, but what it wrote is theirs.
	 */
	static final String SIGNED_IN_KEY = "inkwell.signedIn";

	/**
	 * The GraphQL context key of the client's IP address (the login rate limit counts per
	 * address).
	 */
	public static final String CLIENT_ADDRESS_KEY = "inkwell.clientAddress";

}
