package dev.inkwell.post;

import dev.inkwell.relay.Page;
import dev.inkwell.relay.TimeKeyCursor;

/** One author's page of posts, as asked by one {@code Author.posts} field: a batch loader key. */
record AuthorPostsRequest(long authorId, Page page, TimeKeyCursor after) {
}
