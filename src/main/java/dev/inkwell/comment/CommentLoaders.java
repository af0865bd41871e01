package dev.inkwell.comment;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import dev.inkwell.author.Author;
import dev.inkwell.graphql.Connection;
import dev.inkwell.graphql.Page;
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
		registry.<CommentPageRequest, Connection<Comment>>forName(PAGES)
			.registerMappedBatchLoader((requests, env) -> Mono.fromSupplier(() -> loadPages(requests)));
		registry.<ThreadRequest, ThreadResult>forName(THREADS)
			.registerMappedBatchLoader((requests, env) -> Mono.fromSupplier(() -> loadThreads(requests)));
	}

	CompletableFuture<Connection<Comment>> page(CommentPageRequest request, DataFetchingEnvironment env) {
		DataLoader<CommentPageRequest, Connection<Comment>> loader = env.getDataLoader(PAGES);
		return loader.load(request);
	}

	/**
	 * A page of the thread below {@code root}. When the client selects the comments' authors,
	 * they come in the same statement and are primed into Comment.author's batch loader, so a
	 * whole thread with its authors costs one statement.
	 */
	CompletableFuture<ThreadConnection> thread(CommentParent root, int maxDepth, Page page, Long afterCommentId,
			DataFetchingEnvironment env) {
		boolean withAuthors = env.getSelectionSet().contains("edges/node/author");
		DataLoader<ThreadRequest, ThreadResult> loader = env.getDataLoader(THREADS);
		return loader.load(new ThreadRequest(root, maxDepth, page, afterCommentId, withAuthors)).thenApply(result -> {
			DataLoader<Comment, Author> authorLoader = env.getDataLoader(CommentController.AUTHOR_LOADER);
			if (authorLoader != null) {
				result.connection().edges().forEach(edge -> authorLoader.prime(edge.node(), result.authors().get(edge.node().authorId())));
			}
			return result.connection();
		});
	}

	private Map<CommentPageRequest, Connection<Comment>> loadPages(Set<CommentPageRequest> requests) {
		return comments.findOldestByParents(requests)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> Connection.fromRows(entry.getValue(), entry.getKey().page(),
					comment -> CommentCursor.of(comment).encode(), entry.getKey().parent())));
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
