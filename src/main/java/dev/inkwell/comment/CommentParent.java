package dev.inkwell.comment;

/**
 * What a list of comments hangs from: a post (its top-level comments) or a comment (its
 * direct replies); the root of a thread.
 */
record CommentParent(Kind kind, long id) {

	enum Kind {

		/** The top-level comments of a post. */
		POST,
		/** The direct replies to a comment. */
		COMMENT

	}

	static CommentParent post(long postId) {
		return new CommentParent(Kind.POST, postId);
	}

	static CommentParent comment(long commentId) {
		return new CommentParent(Kind.COMMENT, commentId);
	}

}
