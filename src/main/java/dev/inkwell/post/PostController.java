package dev.inkwell.post;

import java.util.List;
import java.util.Optional;

import dev.inkwell.relay.Connection;
import dev.inkwell.relay.GlobalId;
import dev.inkwell.relay.Lists;
import dev.inkwell.relay.NodeLookup;
import dev.inkwell.relay.Page;
import dev.inkwell.relay.PagingProperties;
import dev.inkwell.graphql.SourceFields;
import dev.inkwell.relay.TimeKeyCursor;
import dev.inkwell.relay.TotalCount;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/** Query.post, Query.posts and the fields of a post and of its connections. */
@Controller
class PostController implements NodeLookup, RuntimeWiringConfigurer {

	static final String TYPE = "Post";

	private final PostRepository posts;

	private final PagingProperties paging;

	private final TotalCount allPosts;

	PostController(PostRepository posts, PagingProperties paging, Lists lists) {
		this.posts = posts;
		this.paging = paging;
		this.allPosts = lists.wholeList("Query.posts", posts::count);
	}

	@QueryMapping
	Post post(@Argument String id) {
		return posts.findById(GlobalId.decode(id, TYPE, "id")).orElse(null);
	}

	@QueryMapping("posts")
	Connection<Post> newestPosts(@Argument Integer first, @Argument String after) {
		Page page = paging.page(first, after);
		List<Post> rows = posts.findNewest(page, TimeKeyCursor.decode(after));
		return Connection.fromRows(rows, page, PostRows::cursor, allPosts);
	}

	/**
	 * Fields read from the post alone, without Spring's annotated-handler adapter
	 * ({@link SourceFields}).
	 */
	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type(TYPE,
				type -> type.dataFetcher("id", SourceFields.read((Post post) -> GlobalId.encode(TYPE, post.id()))));
	}

	@Override
	public String typeName() {
		return TYPE;
	}

	@Override
	public Optional<Post> findById(long id) {
		return posts.findById(id);
	}

}
