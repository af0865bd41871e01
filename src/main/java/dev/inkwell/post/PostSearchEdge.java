package dev.inkwell.post;

import dev.inkwell.relay.Edge;

/**
 * A post that matches a search, how well (ts_rank), and an excerpt with the matches
 * marked.
 */
record PostSearchEdge(Post node, float rank, String snippet) implements Edge<Post> {

	@Override
	public String cursor() {
		return SearchCursor.of(this).encode();
	}

}
