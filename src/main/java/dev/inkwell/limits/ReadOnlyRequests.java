package dev.inkwell.limits;

import graphql.GraphQLContext;

/**
 * Marks a request that may only read (GraphQL over HTTP GET): its operation must be a
 * query, or it is refused with METHOD_NOT_ALLOWED before anything runs. The HTTP endpoint
 * marks; {@link ParsedDocumentCache} checks, because only the parsed document tells which
 * operation runs.
 */
public final class ReadOnlyRequests {

	private static final String KEY = ReadOnlyRequests.class.getName();

	private ReadOnlyRequests() {
	}

	/** Marks the request of this context as read-only. */
	public static void mark(GraphQLContext.Builder context) {
		context.of(KEY, Boolean.TRUE);
	}

	static boolean isReadOnly(GraphQLContext context) {
		return Boolean.TRUE.equals(context.get(KEY));
	}

}
