package dev.inkwell.comment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.inkwell.relay.FieldWiring;
import dev.inkwell.relay.GlobalId;
import dev.inkwell.relay.NodeLookup;
import dev.inkwell.graphql.SourceFields;
import dev.inkwell.post.Post;
import dev.inkwell.post.PostRepository;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Query.comment and the fields of a comment. Every relationship is batched: a page of 100
 * comments costs one SELECT for their authors, one for their posts, one for their
 * parents.
 */
@Controller
class CommentController implements NodeLookup {

	static final String TYPE = "Comment";

	private final CommentRepository comments;

	private final PostRepository posts;

	private final CommentLoaders loaders;

	private final ThreadProperties threads;

	CommentController(CommentRepository comments, PostRepository posts, CommentLoaders loaders,
			ThreadProperties threads, FieldWiring fields) {
		this.comments = comments;
		this.posts = posts;
		this.loaders = loaders;
		this.threads = threads;
		fields.field(TYPE, "id", SourceFields.read((Comment comment) -> GlobalId.encode(TYPE, comment.id())));
		fields.field(TYPE, "body", SourceFields.read(Comment::visibleBody));
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
