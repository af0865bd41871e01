package dev.inkwell.post;

import java.util.List;

import dev.inkwell.relay.Connection;
import dev.inkwell.relay.Page;
import dev.inkwell.relay.PageInfo;

/** One page of search results, best match first. */
record PostSearchConnection(List<PostSearchEdge> edges, PageInfo pageInfo) {

	/** A matching post with its rank and highlighted snippet; the cursor is encoded when asked for. */
	record PostSearchEdge(SearchHit hit) {

		public Post node() {
			return hit.node();
		}

		public float rank() {
			return hit.rank();
		}

		public String snippet() {
			return hit.snippet();
		}

		public String cursor() {
			return SearchCursor.of(hit).encode();
		}

	}

	static PostSearchConnection fromRows(List<SearchHit> hits, Page page) {
		Connection<SearchHit> connection = Connection.fromRows(hits, page, hit -> SearchCursor.of(hit).encode(), null);
		return new PostSearchConnection(connection.edges()
			.stream()
			.map(edge -> new PostSearchEdge(edge.node()))
			.toList(), connection.pageInfo());
	}

}
