package dev.inkwell.replicas;

import graphql.GraphQLContext;

/**
 * Who reads and who wrote, by author id, for read-your-writes: implemented by the package
 * that knows the viewer of a request.
 */
public interface Readers {

	/** The signed-in reader of this execution, or null when it is anonymous. */
	Long readerOf(GraphQLContext context);

	/**
	 * The author whose later reads must see what this mutation wrote: its viewer, or the
	 * author it signed in (register, login); null when there is none.
	 */
	Long writerOf(GraphQLContext context);

}
