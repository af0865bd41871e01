package dev.inkwell.post;

import java.util.List;

import dev.inkwell.graphql.Connection;
import dev.inkwell.graphql.Page;
import dev.inkwell.graphql.PageInfo;

/** One page of search results, best match first. */
record PostSearchConnection(List<PostSearchEdge> edges, PageInfo pageInfo) {

	/** A matching post with its rank and highlighted snippet. */
	record PostSearchEdge(String cursor, Post node, float rank, String snippet) {
	}

	static PostSearchConnection fromRows(List<SearchHit> hits, Page page) {
		Connection<SearchHit> connection = Connection.fromRows(hits, page, hit -> SearchCursor.of(hit).encode(), null);
		return new PostSearchConnection(connection.edges()
			.stream()
			.map(edge -> new PostSearchEdge(edge.cursor(), edge.node().node(), edge.node().rank(), edge.node().snippet()))
			.toList(), connection.pageInfo());
	}

}
