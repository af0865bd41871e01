package dev.inkwell.graphql;

import graphql.GraphQLContext;
import graphql.language.OperationDefinition;

/**
 * Word that an execution is about to run its operation, on the thread that runs it, once
 * the operation's kind is known (after parsing, validation and the limits): a package
 * that decides something for the whole execution by its kind (where its reads go)
 * implements it, and {@code overrides/RequestInstrumentation} calls it. With no such
 * bean, nothing is called.
 */
public interface OperationStartListener {

	/**
	 * The execution of this context starts its operation, a query, mutation or
	 * subscription.
	 */
	void operationStarting(GraphQLContext context, OperationDefinition.Operation operation);

}
