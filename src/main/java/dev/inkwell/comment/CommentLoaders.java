package dev.inkwell.comment;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import dev.inkwell.graphql.Connection;
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
		registry.<ThreadRequest, ThreadConnection>forName(THREADS)
			.registerMappedBatchLoader((requests, env) -> Mono.fromSupplier(() -> loadThreads(requests)));
	}

	CompletableFuture<Connection<Comment>> page(CommentPageRequest request, DataFetchingEnvironment env) {
		DataLoader<CommentPageRequest, Connection<Comment>> loader = env.getDataLoader(PAGES);
		return loader.load(request);
	}

	CompletableFuture<ThreadConnection> thread(ThreadRequest request, DataFetchingEnvironment env) {
		DataLoader<ThreadRequest, ThreadConnection> loader = env.getDataLoader(THREADS);
		return loader.load(request);
	}

	private Map<CommentPageRequest, Connection<Comment>> loadPages(Set<CommentPageRequest> requests) {
		return comments.findOldestByParents(requests)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> Connection.fromRows(entry.getValue(), entry.getKey().page(),
					comment -> CommentCursor.of(comment).encode(), entry.getKey().parent())));
	}

	private Map<ThreadRequest, ThreadConnection> loadThreads(Set<ThreadRequest> requests) {
		return comments.findThreads(requests)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> ThreadConnection.of(entry.getKey(), entry.getValue())));
	}

}
