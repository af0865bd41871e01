package dev.inkwell.comment;

import java.util.concurrent.CompletableFuture;

import dev.inkwell.relay.Connection;
import dev.inkwell.relay.PagingProperties;
import dev.inkwell.relay.TimeKeyCursor;
import dev.inkwell.post.Post;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The post → comments side of the relationship: Post.comments and Post.thread, batched over all
 * posts of a level.
 */
@Controller
class PostCommentsController {

	private final CommentLoaders loaders;

	private final PagingProperties paging;

	private final ThreadProperties threads;

	PostCommentsController(CommentLoaders loaders, PagingProperties paging, ThreadProperties threads) {
		this.loaders = loaders;
		this.paging = paging;
		this.threads = threads;
	}

	@SchemaMapping(typeName = "Post", field = "comments")
	CompletableFuture<Connection<Comment>> comments(Post post, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		return loaders.page(CommentParent.post(post.id()), paging.page(first, after), TimeKeyCursor.decode(after), env);
	}

	@SchemaMapping(typeName = "Post", field = "thread")
	CompletableFuture<ThreadConnection> thread(Post post, @Argument Integer maxDepth, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		CommentParent root = CommentParent.post(post.id());
		return loaders.thread(root, threads.depth(maxDepth), threads.page(first, after), ThreadCursor.decode(after, root), env);
	}

}
