package dev.inkwell.comment;

import dev.inkwell.graphql.Page;

/** One parent's page of comments, as asked by one Post.comments or Comment.replies field: a batch loader key. */
record CommentPageRequest(CommentParent parent, Page page, CommentCursor after) {
}
