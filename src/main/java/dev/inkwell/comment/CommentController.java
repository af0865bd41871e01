package dev.inkwell.comment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.inkwell.relay.GlobalId;
import dev.inkwell.relay.NodeLookup;
import dev.inkwell.graphql.SourceFields;
import dev.inkwell.post.Post;
import dev.inkwell.post.PostRepository;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/**
 * Query.comment and the fields of a comment. Every relationship is batched: a page of 100
 * comments costs one SELECT for their authors, one for their posts, one for their
 * parents.
 */
@Controller
class CommentController implements NodeLookup, RuntimeWiringConfigurer {

	static final String TYPE = "Comment";

	private final CommentRepository comments;

	private final PostRepository posts;

	private final CommentLoaders loaders;

	private final ThreadProperties threads;

	CommentController(CommentRepository comments, PostRepository posts, CommentLoaders loaders,
			ThreadProperties threads) {
		this.comments = comments;
		this.posts = posts;
		this.loaders = loaders;
		this.threads = threads;
	}

	@QueryMapping
	Comment comment(@Argument String id) {
		return comments.findById(GlobalId.decode(id, TYPE, "id")).orElse(null);
	}

	@BatchMapping
	Map<Comment, Post> post(List<Comment> page) {
		Map<Long, Post> byId = byId(posts.findAllById(page.stream().map(Comment::postId).distinct().toList()),
				Post::id);
		return page.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(), comment -> byId.get(comment.postId())));
	}

	/**
	 * Top-level comments have no parent: they are left out of the map and resolve to
	 * null.
	 */
	@BatchMapping
	Map<Comment, Comment> parent(List<Comment> page) {
		List<Long> parentIds = page.stream().map(Comment::parentId).filter(id -> id != null).distinct().toList();
		Map<Long, Comment> byId = parentIds.isEmpty() ? Map.of() : byId(comments.findAllById(parentIds), Comment::id);
		return page.stream()
			.filter(comment -> comment.parentId() != null)
			.distinct()
			.collect(Collectors.toMap(Function.identity(), comment -> byId.get(comment.parentId())));
	}

	@SchemaMapping
	CompletableFuture<ThreadConnection> thread(Comment comment, @Argument Integer maxDepth, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		CommentParent root = CommentParent.comment(comment.id());
		return loaders.thread(root, threads.depth(maxDepth), threads.page(first, after),
				ThreadCursor.decode(after, root), env);
	}

	/**
	 * Fields read from the comment alone, without Spring's annotated-handler adapter
	 * ({@link SourceFields}).
	 */
	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type(TYPE,
				type -> type
					.dataFetcher("id", SourceFields.read((Comment comment) -> GlobalId.encode(TYPE, comment.id())))
					.dataFetcher("body", SourceFields.read(Comment::visibleBody))
					.dataFetcher("author", loaders.authorFetcher())
					.dataFetcher("replies", loaders.replies().field(Comment::id)));
	}

	@Override
	public String typeName() {
		return TYPE;
	}

	@Override
	public Optional<Comment> findById(long id) {
		return comments.findById(id);
	}

	private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
		return rows.stream().collect(Collectors.toMap(id, Function.identity()));
	}

}
