package dev.inkwell.live;

import dev.inkwell.comment.Comment;
import dev.inkwell.post.Post;

/**
 * One outbox row as read by an instance: its position, what happened, and the comment or
 * post as the change left it.
 */
record Event(long position, Topic topic, EventKind kind, long postId, long authorId, Comment comment, Post post) {

	enum Topic {

		COMMENT, POST

	}

	/** Hidden comments reach moderators only. */
	boolean hiddenFromReaders() {
		return comment != null && comment.hidden();
	}

	CommentEvent commentEvent() {
		return new CommentEvent(EventCursor.encode(position), kind, comment);
	}

	PostEvent postEvent() {
		return new PostEvent(EventCursor.encode(position), kind, post);
	}

}
