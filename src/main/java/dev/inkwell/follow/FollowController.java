package dev.inkwell.follow;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.inkwell.account.Permissions;
import dev.inkwell.account.Viewer;
import dev.inkwell.author.Author;
import dev.inkwell.author.AuthorRepository;
import dev.inkwell.relay.Connection;
import dev.inkwell.relay.Edge;
import dev.inkwell.relay.GlobalId;
import dev.inkwell.errors.InvalidInputException;
import dev.inkwell.errors.NotFoundException;
import dev.inkwell.relay.Page;
import dev.inkwell.relay.PagingProperties;
import dev.inkwell.relay.TimeKeyCursor;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * follow, unfollow and the author ⇄ author follow lists. Lists and counts are batched: 50 authors'
 * followers cost one SELECT, their counts another, never one per author.
 */
@Controller
class FollowController {

	private static final String FOLLOWS_LOADER = "Author.follows";

	private final FollowRepository follows;

	private final AuthorRepository authors;

	private final Permissions permissions;

	private final PagingProperties paging;

	FollowController(FollowRepository follows, AuthorRepository authors, Permissions permissions, PagingProperties paging,
			BatchLoaderRegistry registry) {
		this.follows = follows;
		this.authors = authors;
		this.permissions = permissions;
		this.paging = paging;
		registry.<FollowsRequest, Connection<Follow>>forName(FOLLOWS_LOADER)
			.registerMappedBatchLoader((requests, env) -> Mono.fromSupplier(() -> loadFollows(requests)));
	}

	/** Returns the followed author; following again changes nothing. */
	@MutationMapping
	Author follow(@Argument String authorId, @ContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer viewer) {
		permissions.requireSignedIn(viewer);
		Author followed = existing(authorId);
		if (followed.id() == viewer.authorId()) {
			throw new InvalidInputException("authorId", "Authors cannot follow themselves");
		}
		follows.follow(viewer.authorId(), followed.id());
		return followed;
	}

	/** Returns the author no longer followed; unfollowing someone not followed changes nothing. */
	@MutationMapping
	Author unfollow(@Argument String authorId, @ContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer viewer) {
		permissions.requireSignedIn(viewer);
		Author followed = existing(authorId);
		follows.unfollow(viewer.authorId(), followed.id());
		return followed;
	}

	@SchemaMapping(typeName = "Author", field = "followers")
	CompletableFuture<Connection<Follow>> followers(Author author, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		return load(author, Direction.FOLLOWERS, first, after, env);
	}

	@SchemaMapping(typeName = "Author", field = "following")
	CompletableFuture<Connection<Follow>> following(Author author, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		return load(author, Direction.FOLLOWING, first, after, env);
	}

	@BatchMapping(typeName = "Author", field = "followerCount")
	Map<Author, Integer> followerCount(List<Author> list) {
		Map<Long, Integer> counts = follows.followerCounts(list.stream().map(Author::id).distinct().toList());
		return list.stream().distinct().collect(Collectors.toMap(Function.identity(), author -> counts.getOrDefault(author.id(), 0)));
	}

	/** Counted only when selected, for all follow lists of a level: one statement per direction. */
	@BatchMapping(typeName = "FollowConnection", field = "totalCount")
	Map<Connection<Follow>, Integer> totalCount(List<Connection<Follow>> connections) {
		Map<Direction, List<Long>> idsByDirection = connections.stream()
			.map(connection -> (FollowOwner) connection.owner())
			.collect(Collectors.groupingBy(FollowOwner::direction,
					Collectors.mapping(FollowOwner::authorId, Collectors.collectingAndThen(Collectors.toSet(), List::copyOf))));
		Map<Long, Integer> followers = idsByDirection.containsKey(Direction.FOLLOWERS)
				? follows.followerCounts(idsByDirection.get(Direction.FOLLOWERS)) : Map.of();
		Map<Long, Integer> following = idsByDirection.containsKey(Direction.FOLLOWING)
				? follows.followingCounts(idsByDirection.get(Direction.FOLLOWING)) : Map.of();
		return connections.stream().distinct().collect(Collectors.toMap(Function.identity(), connection -> {
			FollowOwner owner = (FollowOwner) connection.owner();
			return (owner.direction() == Direction.FOLLOWERS ? followers : following).getOrDefault(owner.authorId(), 0);
		}));
	}

	@SchemaMapping(typeName = "FollowEdge", field = "node")
	Author node(Edge<Follow> edge) {
		return edge.node().author();
	}

	@SchemaMapping(typeName = "FollowEdge", field = "followedAt")
	OffsetDateTime followedAt(Edge<Follow> edge) {
		return edge.node().followedAt();
	}

	/** Paging arguments make this a keyed DataLoader rather than a plain @BatchMapping. */
	private CompletableFuture<Connection<Follow>> load(Author author, Direction direction, Integer first, String after,
			DataFetchingEnvironment env) {
		Page page = paging.page(first, after);
		DataLoader<FollowsRequest, Connection<Follow>> loader = env.getDataLoader(FOLLOWS_LOADER);
		return loader.load(new FollowsRequest(author.id(), direction, page, TimeKeyCursor.decode(after)));
	}

	private Map<FollowsRequest, Connection<Follow>> loadFollows(Set<FollowsRequest> requests) {
		return follows.findNewest(requests)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> Connection.fromRows(entry.getValue(), entry.getKey().page(),
					follow -> new TimeKeyCursor(follow.followedAt(), follow.author().id()).encode(),
					new FollowOwner(entry.getKey().authorId(), entry.getKey().direction()))));
	}

	private Author existing(String authorId) {
		return authors.findById(GlobalId.decode(authorId, "Author", "authorId"))
			.orElseThrow(() -> new NotFoundException("authorId", "No author with this id"));
	}

}
