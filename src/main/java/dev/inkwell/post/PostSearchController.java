package dev.inkwell.post;

import dev.inkwell.errors.InvalidInputException;
import dev.inkwell.relay.Page;
import dev.inkwell.relay.PagingProperties;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Query.searchPosts: ranked full-text search, keyset-paged on (rank, id). */
@Controller
class PostSearchController {

	private final PostSearchRepository search;

	private final PagingProperties paging;

	private final int maxQueryLength;

	PostSearchController(PostSearchRepository search, PagingProperties paging, SearchProperties properties) {
		this.search = search;
		this.paging = paging;
		this.maxQueryLength = properties.maxQueryLength();
	}

	@QueryMapping
	PostSearchConnection searchPosts(@Argument String query, @Argument Integer first, @Argument String after) {
		Page page = paging.page(first, after);
		// PostgreSQL text cannot hold NUL; any other character is fine for
		// websearch_to_tsquery.
		String text = query.replace("\u0000", " ");
		if (text.codePointCount(0, text.length()) > maxQueryLength) {
			throw new InvalidInputException("query", "'query' must be at most " + maxQueryLength + " characters");
		}
		return PostSearchConnection.of(search.search(text, page, SearchCursor.decode(after)), page);
	}

}
