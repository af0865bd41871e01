package dev.inkwell.comment;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import dev.inkwell.author.Author;
import dev.inkwell.graphql.Connection;
import dev.inkwell.graphql.Edge;
import dev.inkwell.graphql.Page;
import dev.inkwell.graphql.TimeKeyCursor;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * The batch loaders behind comment lists and threads. Their fields take paging arguments, so each
 * is a keyed DataLoader (parent + page) rather than a plain @BatchMapping: every parent of a level
 * is served by the same statement.
 */
@Component
class CommentLoaders {

	private static final String PAGES = "comment.pages";

	private static final String THREADS = "comment.threads";

	private final CommentRepository comments;

	CommentLoaders(CommentRepository comments, BatchLoaderRegistry registry) {
		this.comments = comments;
		registry.<CommentPageRequest, PageResult>forName(PAGES)
			.registerMappedBatchLoader((requests, env) -> Mono.fromSupplier(() -> loadPages(requests)));
		registry.<ThreadRequest, ThreadResult>forName(THREADS)
			.registerMappedBatchLoader((requests, env) -> Mono.fromSupplier(() -> loadThreads(requests)));
	}

	/**
	 * A page of the comments under {@code parent}. When the client selects the comments' authors,
	 * they come in the same statement and are primed into Comment.author's batch loader.
	 */
	CompletableFuture<Connection<Comment>> page(CommentParent parent, Page page, TimeKeyCursor after,
			DataFetchingEnvironment env) {
		DataLoader<CommentPageRequest, PageResult> loader = env.getDataLoader(PAGES);
		return loader.load(new CommentPageRequest(parent, page, after, selectsAuthors(env))).thenApply(result -> {
			primeAuthors(env, result.connection().edges().stream().map(Edge::node).toList(), result.authors());
			return result.connection();
		});
	}

	/**
	 * A page of the thread below {@code root}. When the client selects the comments' authors,
	 * they come in the same statement and are primed into Comment.author's batch loader, so a
	 * whole thread with its authors costs one statement.
	 */
	CompletableFuture<ThreadConnection> thread(CommentParent root, int maxDepth, Page page, Long afterCommentId,
			DataFetchingEnvironment env) {
		DataLoader<ThreadRequest, ThreadResult> loader = env.getDataLoader(THREADS);
		return loader.load(new ThreadRequest(root, maxDepth, page, afterCommentId, selectsAuthors(env))).thenApply(result -> {
			primeAuthors(env, result.connection().edges().stream().map(ThreadConnection.ThreadEdge::node).toList(),
					result.authors());
			return result.connection();
		});
	}

	/**
	 * Answered once per field of the document in a request, not once per parent: computing a
	 * selection set walks the field's whole subtree, and a feed asks it for each of 50 posts.
	 */
	private static boolean selectsAuthors(DataFetchingEnvironment env) {
		return env.getGraphQlContext().computeIfAbsent(new AuthorsSelected(env.getField()),
				key -> env.getSelectionSet().contains("edges/node/author"));
	}

	/** The key of {@link #selectsAuthors}'s answer: the document's field node, compared by identity. */
	private record AuthorsSelected(Field field) {
	}

	/** Comment.author then answers from the loader's cache for these comments: no statement of its own. */
	private static void primeAuthors(DataFetchingEnvironment env, List<Comment> page, Map<Long, Author> authors) {
		DataLoader<Comment, Author> authorLoader = env.getDataLoader(CommentController.AUTHOR_LOADER);
		if (authorLoader == null || authors.isEmpty()) {
			return;
		}
		page.forEach(comment -> authorLoader.prime(comment, authors.get(comment.authorId())));
	}

	private Map<CommentPageRequest, PageResult> loadPages(Set<CommentPageRequest> requests) {
		CommentPageQueries.CommentPages found = comments.findOldestByParents(requests);
		return found.pages()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> new PageResult(Connection.fromRows(entry.getValue(),
					entry.getKey().page(), comment -> new TimeKeyCursor(comment.createdAt(), comment.id()).encode(), entry.getKey().parent()), found.authors())));
	}

	/** A comment page and the authors read with it (empty when not selected). */
	private record PageResult(Connection<Comment> connection, Map<Long, Author> authors) {
	}

	private Map<ThreadRequest, ThreadResult> loadThreads(Set<ThreadRequest> requests) {
		return comments.findThreads(requests)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					entry -> new ThreadResult(ThreadConnection.of(entry.getKey(), entry.getValue()), entry.getValue().authors())));
	}

	/** A thread page and the authors read with it (empty when not selected). */
	private record ThreadResult(ThreadConnection connection, Map<Long, Author> authors) {
	}

}
