package dev.inkwell.comment;

import java.util.List;

import dev.inkwell.relay.Connection;
import dev.inkwell.relay.Edge;
import dev.inkwell.relay.PageInfo;

/**
 * One page of a thread in reading order; {@code truncatedByDepth} says deeper comments
 * were left out. The edges are typed {@link ThreadEdge}, not {@code Edge<Comment>}, so
 * that schema mapping inspection sees where {@code ThreadEdge.depth} comes from.
 */
record ThreadConnection(List<ThreadEdge> edges, PageInfo pageInfo, boolean truncatedByDepth) {

	/**
	 * A comment of a thread with its depth (0 for a top-level comment); the cursor is
	 * encoded when asked for.
	 */
	record ThreadEdge(Comment node, CommentParent root) implements Edge<Comment> {

		public int depth() {
			return node.depth();
		}

		@Override
		public String cursor() {
			return ThreadCursor.encode(root, node.id());
		}

	}

	static ThreadConnection of(ThreadRequest request, ThreadPage page) {
		List<ThreadEdge> edges = page.comments()
			.stream()
			.map(comment -> new ThreadEdge(comment, request.root()))
			.toList();
		Connection<Comment> connection = Connection.fromEdges(edges, request.page(), null);
		// The connection keeps the first edges of the page (the extra one only says a
		// next
		// page exists).
		return new ThreadConnection(edges.subList(0, connection.edges().size()), connection.pageInfo(),
				page.truncatedByDepth());
	}

}
