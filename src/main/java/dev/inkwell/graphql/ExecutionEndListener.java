package dev.inkwell.graphql;

import graphql.GraphQLContext;

/**
 * Word that an execution ended, whatever its outcome: a package that holds something for
 * the length of a request (a permit among expensive operations) implements it, and
 * {@code overrides/RequestInstrumentation} calls it, so that Inkwell installs one
 * graphql-java instrumentation, not one per concern.
 */
public interface ExecutionEndListener {

	/** The execution that ran with this context ended (answered, failed or refused). */
	void executionEnded(GraphQLContext context);

}
