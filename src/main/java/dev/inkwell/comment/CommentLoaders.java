package dev.inkwell.comment;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import dev.inkwell.author.Author;
import dev.inkwell.author.AuthorLoader;
import dev.inkwell.post.Post;
import dev.inkwell.relay.ChildQuery;
import dev.inkwell.relay.FieldWiring;
import dev.inkwell.relay.LoaderKey;
import dev.inkwell.relay.Page;
import dev.inkwell.relay.PagedField;
import dev.inkwell.relay.PerParentList;
import dev.inkwell.relay.PrimingJoin;
import dev.inkwell.projection.SelectedFields;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * The loaders behind comment lists (Post.comments and Comment.replies, declared here),
 * threads and Comment.author. When a client selects the comments' authors, a list or
 * thread reads them in its own statement and primes Comment.author's DataLoader with
 * them, so the field costs no statement; otherwise that DataLoader reads the authors of a
 * whole level by id.
 */
@Component
class CommentLoaders {

	private static final LoaderKey<ThreadRequest, ThreadResult> THREADS = LoaderKey.of(ThreadConnection.class,
			"byRoot");

	private static final String SELECTS_AUTHORS = "edges/node/author";

	private final CommentRepository comments;

	CommentLoaders(CommentRepository comments, AuthorLoader authors, FieldWiring fields, BatchLoaderRegistry registry) {
		this.comments = comments;
		fields.paged(PagedField
			.of("Post", "comments", Comment.class, CommentRows.TOP_LEVEL, CommentRows::node, comments::countTopLevel)
			.joining(withAuthors(CommentRows.TOP_LEVEL)), Post::id);
		fields.paged(
				PagedField
					.of(CommentController.TYPE, "replies", Comment.class, CommentRows.REPLIES, CommentRows::node,
							comments::countReplies)
					.joining(withAuthors(CommentRows.REPLIES)),
				Comment::id);
		fields.field(CommentController.TYPE, "author", authors.field(Comment::authorId));
		THREADS.register(registry)
			.registerMappedBatchLoader(
					(requests, env) -> Mono.fromSupplier(() -> loadThreads(requests, SelectedFields.in(env))));
	}

	private static PrimingJoin<Long, Author> withAuthors(ChildQuery list) {
		return new PrimingJoin<>(SELECTS_AUTHORS,
				list.withFrom(CommentRows.WITH_AUTHORS, CommentRows.COLUMNS_WITH_AUTHORS), AuthorLoader.BY_ID,
				CommentRows::author, Author::id);
	}

	/**
	 * A page of the thread below {@code root}. When the client selects the comments'
	 * authors, they come in the same statement and prime Comment.author, so a whole
	 * thread with its authors costs one statement.
	 */
	CompletableFuture<ThreadConnection> thread(CommentParent root, int maxDepth, Page page, Long afterCommentId,
			DataFetchingEnvironment env) {
		DataLoader<Long, Author> authors = AuthorLoader.BY_ID.primedIn(env);
		boolean withAuthors = PerParentList.selects(env, SELECTS_AUTHORS);
		return THREADS.in(env)
			.load(new ThreadRequest(root, maxDepth, page, afterCommentId, withAuthors))
			.thenApply(result -> {
				result.authors().forEach(authors::prime);
				return result.connection();
			});
	}

	private Map<ThreadRequest, ThreadResult> loadThreads(Set<ThreadRequest> requests, SelectedFields selected) {
		return comments.findThreads(requests, selected)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					entry -> new ThreadResult(ThreadConnection.of(entry.getKey(), entry.getValue()),
							entry.getValue().authors())));
	}

	/** A thread page and the authors read with it (empty when not selected). */
	private record ThreadResult(ThreadConnection connection, Map<Long, Author> authors) {
	}

}
