package dev.inkwell.post;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.inkwell.author.Author;
import dev.inkwell.author.AuthorRepository;
import dev.inkwell.relay.Connection;
import dev.inkwell.relay.Page;
import dev.inkwell.relay.PagingProperties;
import dev.inkwell.relay.TimeKeyCursor;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The author ⇄ post relationship, both directions, like an ORM's attribute and backref. Both are
 * batched: a list of 50 posts costs one SELECT for their authors, and 50 authors' pages of posts
 * cost one SELECT, never one per row.
 */
@Controller
class AuthorPostsController {

	private static final String AUTHOR_POSTS_LOADER = "Author.posts";

	private final AuthorRepository authors;

	private final PostRepository posts;

	private final PagingProperties paging;

	AuthorPostsController(AuthorRepository authors, PostRepository posts, PagingProperties paging,
			BatchLoaderRegistry registry) {
		this.authors = authors;
		this.posts = posts;
		this.paging = paging;
		registry.<AuthorPostsRequest, Connection<Post>>forName(AUTHOR_POSTS_LOADER)
			.registerMappedBatchLoader((requests, env) -> Mono.fromSupplier(() -> loadAuthorPosts(requests)));
	}

	@BatchMapping(typeName = "Post", field = "author")
	Map<Post, Author> author(List<Post> posts) {
		Map<Long, Author> byId = authors.findAllByIds(posts.stream().map(Post::authorId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Author::id, Function.identity()));
		return posts.stream().distinct().collect(Collectors.toMap(Function.identity(), post -> byId.get(post.authorId())));
	}

	/** Paging arguments make this a keyed DataLoader rather than a plain @BatchMapping. */
	@SchemaMapping(typeName = "Author", field = "posts")
	CompletableFuture<Connection<Post>> posts(Author author, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		Page page = paging.page(first, after);
		DataLoader<AuthorPostsRequest, Connection<Post>> loader = env.getDataLoader(AUTHOR_POSTS_LOADER);
		return loader.load(new AuthorPostsRequest(author.id(), page, TimeKeyCursor.decode(after)));
	}

	private Map<AuthorPostsRequest, Connection<Post>> loadAuthorPosts(java.util.Set<AuthorPostsRequest> requests) {
		return posts.findNewestByAuthors(requests)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> Connection.fromRows(entry.getValue(), entry.getKey().page(),
					post -> new TimeKeyCursor(post.createdAt(), post.id()).encode(), entry.getKey().authorId())));
	}

}
