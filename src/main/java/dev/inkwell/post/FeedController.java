package dev.inkwell.post;

import dev.inkwell.account.Viewer;
import dev.inkwell.relay.Connection;
import dev.inkwell.relay.Page;
import dev.inkwell.relay.PagingProperties;
import dev.inkwell.relay.TimeKeyCursor;
import dev.inkwell.errors.UnauthenticatedException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Query.feed: what the authors the viewer follows wrote, newest first; signed-in viewers only. */
@Controller
class FeedController {

	private final FeedQueries feed;

	private final PagingProperties paging;

	FeedController(FeedQueries feed, PagingProperties paging) {
		this.feed = feed;
		this.paging = paging;
	}

	/** The token's subject is enough to read a feed: no account lookup, so the feed costs one statement. */
	@QueryMapping
	Connection<Post> feed(@Argument Integer first, @Argument String after,
			@ContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer viewer) {
		if (viewer == null) {
			throw new UnauthenticatedException("Sign in to read your feed");
		}
		Page page = paging.page(first, after);
		return Connection.fromRows(feed.findFeed(viewer.authorId(), page, TimeKeyCursor.decode(after)), page,
				post -> new TimeKeyCursor(post.createdAt(), post.id()).encode(), new FeedOwner(viewer.authorId()));
	}

}
