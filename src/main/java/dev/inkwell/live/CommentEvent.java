package dev.inkwell.live;

import dev.inkwell.comment.Comment;

/** Subscription.commentEvents' item: the comment as the change left it. */
record CommentEvent(String cursor, EventKind kind, Comment comment) {
}
