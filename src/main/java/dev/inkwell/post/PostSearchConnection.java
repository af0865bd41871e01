package dev.inkwell.post;

import java.util.List;

import dev.inkwell.relay.Connection;
import dev.inkwell.relay.Page;
import dev.inkwell.relay.PageInfo;

/**
 * One page of search results. The edges are typed {@link PostSearchEdge}, not
 * {@code Edge<Post>}, so that schema mapping inspection sees where {@code rank} and
 * {@code snippet} come from.
 */
record PostSearchConnection(List<PostSearchEdge> edges, PageInfo pageInfo) {

	/** A page from hits fetched with {@code LIMIT first + 1}. */
	static PostSearchConnection of(List<PostSearchEdge> fetched, Page page) {
		Connection<Post> connection = Connection.fromEdges(fetched, page, null);
		// The connection keeps the first hits (the extra one only says a next page
		// exists).
		return new PostSearchConnection(fetched.subList(0, connection.edges().size()), connection.pageInfo());
	}

}
