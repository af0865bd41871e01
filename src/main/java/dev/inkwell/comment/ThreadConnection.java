package dev.inkwell.comment;

import java.util.List;

import dev.inkwell.relay.Connection;
import dev.inkwell.relay.PageInfo;

/** One page of a thread in reading order; {@code truncatedByDepth} says deeper comments were left out. */
record ThreadConnection(List<ThreadEdge> edges, PageInfo pageInfo, boolean truncatedByDepth) {

	/** A comment of a thread with its depth (0 for a top-level comment); the cursor is encoded when asked for. */
	record ThreadEdge(Comment node, CommentParent root) {

		public int depth() {
			return node.depth();
		}

		public String cursor() {
			return ThreadCursor.encode(root, node.id());
		}

	}

	static ThreadConnection of(ThreadRequest request, ThreadPage page) {
		Connection<Comment> connection = Connection.fromRows(page.comments(), request.page(),
				comment -> ThreadCursor.encode(request.root(), comment.id()), request.root());
		List<ThreadEdge> edges = connection.edges()
			.stream()
			.map(edge -> new ThreadEdge(edge.node(), request.root()))
			.toList();
		return new ThreadConnection(edges, connection.pageInfo(), page.truncatedByDepth());
	}

}
