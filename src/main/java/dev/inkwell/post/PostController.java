package dev.inkwell.post;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.inkwell.relay.Connection;
import dev.inkwell.relay.GlobalId;
import dev.inkwell.relay.NodeLookup;
import dev.inkwell.relay.Page;
import dev.inkwell.relay.PagingProperties;
import dev.inkwell.graphql.SourceFields;
import dev.inkwell.relay.TimeKeyCursor;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/** Query.post, Query.posts and the fields of a post and of its connections. */
@Controller
class PostController implements NodeLookup, RuntimeWiringConfigurer {

	static final String TYPE = "Post";

	private final PostRepository posts;

	private final PagingProperties paging;

	private final FeedQueries feed;

	PostController(PostRepository posts, PagingProperties paging, FeedQueries feed) {
		this.posts = posts;
		this.paging = paging;
		this.feed = feed;
	}

	@QueryMapping
	Post post(@Argument String id) {
		return posts.findOne(GlobalId.decode(id, TYPE, "id")).orElse(null);
	}

	@QueryMapping("posts")
	Connection<Post> newestPosts(@Argument Integer first, @Argument String after) {
		Page page = paging.page(first, after);
		return Connection.fromRows(posts.findNewest(page, TimeKeyCursor.decode(after)), page, post -> new TimeKeyCursor(post.createdAt(), post.id()).encode(),
				null);
	}

	/**
	 * Counted only when a client selects totalCount, and for all connections of a level at once:
	 * one statement for the authors' counts, one for the count of all posts (a feed, only one per
	 * request, counts its own).
	 */
	@BatchMapping(typeName = "PostConnection", field = "totalCount")
	Map<Connection<Post>, Long> totalCount(List<Connection<Post>> connections) {
		List<Long> authorIds = connections.stream().map(Connection::owner).filter(Long.class::isInstance).map(Long.class::cast)
			.distinct().toList();
		Map<Long, Long> byAuthor = authorIds.isEmpty() ? Map.of() : posts.countByAuthorIds(authorIds);
		boolean anyTopLevel = connections.stream().anyMatch(connection -> connection.owner() == null);
		long all = anyTopLevel ? posts.count() : 0;
		return connections.stream().distinct().collect(Collectors.toMap(Function.identity(),
				connection -> connection.owner() == null ? all
						: connection.owner() instanceof FeedOwner owner ? feed.countFeed(owner.viewerId())
								: byAuthor.get((Long) connection.owner())));
	}

	/** Fields read from the post alone, without Spring's annotated-handler adapter ({@link SourceFields}). */
	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type(TYPE, type -> type.dataFetcher("id", SourceFields.read((Post post) -> GlobalId.encode(TYPE, post.id()))));
	}

	@Override
	public String typeName() {
		return TYPE;
	}

	@Override
	public Optional<Post> findById(long id) {
		return posts.findOne(id);
	}

}
