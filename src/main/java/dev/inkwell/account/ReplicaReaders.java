package dev.inkwell.account;

import graphql.GraphQLContext;

import dev.inkwell.replicas.Readers;

import org.springframework.stereotype.Component;

/**
 * Tells read routing who reads (the viewer) and whose writes a mutation made (the viewer,
 * or the author that register or login signed in), so that an author reads their own
 * writes whichever instance served them.
 */
@Component
class ReplicaReaders implements Readers {

	@Override
	public Long readerOf(GraphQLContext context) {
		Viewer viewer = context.get(Viewer.CONTEXT_KEY);
		return viewer == null ? null : viewer.authorId();
	}

	@Override
	public Long writerOf(GraphQLContext context) {
		Viewer viewer = context.get(Viewer.CONTEXT_KEY);
		if (viewer == null) {
			viewer = context.get(Viewer.SIGNED_IN_KEY);
		}
		return viewer == null ? null : viewer.authorId();
	}

}
