package dev.inkwell.live;

import dev.inkwell.post.Post;

/** Subscription.postEvents' item: the post as the change left it. */
record PostEvent(String cursor, EventKind kind, Post post) {
}
