package dev.inkwell.comment;

import java.util.concurrent.CompletableFuture;

import dev.inkwell.post.Post;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/**
 * The post → comments side of the relationship: Post.comments and Post.thread, batched
 * over all posts of a level.
 */
@Controller
class PostCommentsController implements RuntimeWiringConfigurer {

	private final CommentLoaders loaders;

	private final ThreadProperties threads;

	PostCommentsController(CommentLoaders loaders, ThreadProperties threads) {
		this.loaders = loaders;
		this.threads = threads;
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("Post", type -> type.dataFetcher("comments", loaders.topLevel().field(Post::id)));
	}

	@SchemaMapping
	CompletableFuture<ThreadConnection> thread(Post post, @Argument Integer maxDepth, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		CommentParent root = CommentParent.post(post.id());
		return loaders.thread(root, threads.depth(maxDepth), threads.page(first, after),
				ThreadCursor.decode(after, root), env);
	}

}
