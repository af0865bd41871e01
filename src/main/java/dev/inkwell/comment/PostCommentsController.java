package dev.inkwell.comment;

import java.util.concurrent.CompletableFuture;

import dev.inkwell.post.Post;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The post → comments side of the relationship: Post.thread, batched over all posts of a
 * level (Post.comments is declared with the comment loaders).
 */
@Controller
class PostCommentsController {

	private final CommentLoaders loaders;

	private final ThreadProperties threads;

	PostCommentsController(CommentLoaders loaders, ThreadProperties threads) {
		this.loaders = loaders;
		this.threads = threads;
	}

	@SchemaMapping
	CompletableFuture<ThreadConnection> thread(Post post, @Argument Integer maxDepth, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		CommentParent root = CommentParent.post(post.id());
		return loaders.thread(root, threads.depth(maxDepth), threads.page(first, after),
				ThreadCursor.decode(after, root), env);
	}

}
