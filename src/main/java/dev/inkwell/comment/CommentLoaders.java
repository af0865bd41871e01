package dev.inkwell.comment;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.inkwell.author.Author;
import dev.inkwell.author.AuthorRepository;
import dev.inkwell.relay.Connection;
import dev.inkwell.relay.Page;
import dev.inkwell.relay.TimeKeyCursor;
import graphql.TrivialDataFetcher;
import graphql.language.Field;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * The batch loaders behind comment lists, threads and Comment.author. List fields take paging
 * arguments, so each is a keyed DataLoader (parent + page) rather than a plain @BatchMapping: every
 * parent of a level is served by the same statement. Comment.author answers from the authors read
 * with the comments when the client selected them, else from a batch by author id.
 */
@Component
class CommentLoaders {

	private static final String PAGES = "comment.pages";

	private static final String THREADS = "comment.threads";

	private static final String AUTHORS = "comment.authors";

	private final CommentRepository comments;

	CommentLoaders(CommentRepository comments, AuthorRepository authors, BatchLoaderRegistry registry) {
		this.comments = comments;
		registry.<Long, Author>forName(AUTHORS)
			.registerMappedBatchLoader((ids, env) -> Mono.fromSupplier(() -> authors.findAllByIds(ids)
				.stream()
				.collect(Collectors.toMap(Author::id, Function.identity()))));
		registry.<CommentPageRequest, PageResult>forName(PAGES)
			.registerMappedBatchLoader((requests, env) -> Mono.fromSupplier(() -> loadPages(requests)));
		registry.<ThreadRequest, ThreadResult>forName(THREADS)
			.registerMappedBatchLoader((requests, env) -> Mono.fromSupplier(() -> loadThreads(requests)));
	}

	/**
	 * A page of the comments under {@code parent}. When the client selects the comments' authors,
	 * they come in the same statement and Comment.author answers from them.
	 */
	CompletableFuture<Connection<Comment>> page(CommentParent parent, Page page, TimeKeyCursor after,
			DataFetchingEnvironment env) {
		DataLoader<CommentPageRequest, PageResult> loader = env.getDataLoader(PAGES);
		return loader.load(new CommentPageRequest(parent, page, after, selectsAuthors(env))).thenApply(result -> {
			knownAuthors(env).putAll(result.authors());
			return result.connection();
		});
	}

	/**
	 * A page of the thread below {@code root}. When the client selects the comments' authors,
	 * they come in the same statement and Comment.author answers from them, so a whole thread
	 * with its authors costs one statement.
	 */
	CompletableFuture<ThreadConnection> thread(CommentParent root, int maxDepth, Page page, Long afterCommentId,
			DataFetchingEnvironment env) {
		DataLoader<ThreadRequest, ThreadResult> loader = env.getDataLoader(THREADS);
		return loader.load(new ThreadRequest(root, maxDepth, page, afterCommentId, selectsAuthors(env))).thenApply(result -> {
			knownAuthors(env).putAll(result.authors());
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

	/**
	 * Comment.author: the author read with the comment's page or thread when there is one (no
	 * statement, and a plain value rather than a future: a thread asks this 5,000 times), else one
	 * batch by author id for all comments of a level. A {@link TrivialDataFetcher}, so Spring does
	 * not wrap it to propagate thread-local context: neither path reads any (the batch loader gets
	 * its context from Spring's registry).
	 */
	DataFetcher<Object> authorFetcher() {
		return (TrivialDataFetcher<Object>) env -> {
			Comment comment = env.getSource();
			Author known = knownAuthors(env).get(comment.authorId());
			if (known != null) {
				return known;
			}
			DataLoader<Long, Author> loader = env.getDataLoader(AUTHORS);
			return loader.load(comment.authorId());
		};
	}

	/** The authors read with comment pages and threads in this request, by id. */
	private static Map<Long, Author> knownAuthors(DataFetchingEnvironment env) {
		return env.getGraphQlContext().computeIfAbsent(KnownAuthors.class, key -> new ConcurrentHashMap<Long, Author>());
	}

	/** The key of {@link #knownAuthors} in the request's GraphQL context. */
	private interface KnownAuthors {
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
