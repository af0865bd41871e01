package dev.inkwell.author;

import java.time.OffsetDateTime;

/** One row of the {@code author_stats} view: what an author has written. */
record AuthorStats(long authorId, int postCount, int commentCount, OffsetDateTime lastPostAt) {

	static AuthorStats none(long authorId) {
		return new AuthorStats(authorId, 0, 0, null);
	}

}
