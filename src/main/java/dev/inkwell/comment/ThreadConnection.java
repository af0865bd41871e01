package dev.inkwell.comment;

import java.util.List;

import dev.inkwell.graphql.Connection;
import dev.inkwell.graphql.PageInfo;

/** One page of a thread in reading order; {@code truncatedByDepth} says deeper comments were left out. */
record ThreadConnection(List<ThreadEdge> edges, PageInfo pageInfo, boolean truncatedByDepth) {

	/** A comment of a thread with its depth (0 for a top-level comment). */
	record ThreadEdge(String cursor, int depth, Comment node) {
	}

	static ThreadConnection of(ThreadRequest request, ThreadPage page) {
		Connection<Comment> connection = Connection.fromRows(page.comments(), request.page(),
				comment -> ThreadCursor.encode(request.root(), comment.id()), request.root());
		List<ThreadEdge> edges = connection.edges()
			.stream()
			.map(edge -> new ThreadEdge(edge.cursor(), edge.node().depth(), edge.node()))
			.toList();
		return new ThreadConnection(edges, connection.pageInfo(), page.truncatedByDepth());
	}

}
