package dev.inkwell.comment;

import dev.inkwell.relay.Page;
import dev.inkwell.relay.TimeKeyCursor;

/**
 * One parent's page of comments, as asked by one Post.comments or Comment.replies field: a batch
 * loader key. {@code withAuthors}: the client selected the comments' authors, which are then read
 * in the same statement.
 */
record CommentPageRequest(CommentParent parent, Page page, TimeKeyCursor after, boolean withAuthors) {
}
