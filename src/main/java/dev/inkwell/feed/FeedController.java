package dev.inkwell.feed;

import java.util.concurrent.CompletableFuture;

import dev.inkwell.account.Viewer;
import dev.inkwell.errors.UnauthenticatedException;
import dev.inkwell.follow.FollowRows;
import dev.inkwell.post.Post;
import dev.inkwell.post.PostRows;
import dev.inkwell.relay.Connection;
import dev.inkwell.relay.FieldWiring;
import dev.inkwell.relay.PagedField;
import dev.inkwell.relay.PerParentList;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Query.feed: what the authors the viewer follows wrote, newest first; signed-in viewers
 * only.
 */
@Controller
class FeedController {

	private final PerParentList<Post> feed;

	/**
	 * The posts of each author ({@code Author.posts}) reached through the viewer's
	 * follows.
	 */
	FeedController(FeedRepository counts, FieldWiring fields) {
		this.feed = fields.paged(PagedField.of("Query", "feed", Post.class, FollowRows.followedBy(PostRows.BY_AUTHOR),
				PostRows::post, counts::countByViewers));
	}

	/**
	 * The token's subject is enough to read a feed: no account lookup, so the feed costs
	 * one statement.
	 */
	@QueryMapping
	CompletableFuture<Connection<Post>> feed(@Argument Integer first, @Argument String after,
			@ContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer viewer, DataFetchingEnvironment env) {
		if (viewer == null) {
			throw new UnauthenticatedException("Sign in to read your feed");
		}
		return feed.load(viewer.authorId(), first, after, env);
	}

}
