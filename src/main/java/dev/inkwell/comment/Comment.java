package dev.inkwell.comment;

import java.time.OffsetDateTime;

import dev.inkwell.author.Author;
import dev.inkwell.post.Post;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Column;

/**
 * The comment aggregate: one row of {@code comment}. A comment is its own aggregate (a thread can
 * hold thousands), referring to its post, author and parent by id. Depth and reply count are kept
 * by triggers, so they are read-only here.
 */
public record Comment(@Id Long id, @Column("post_id") AggregateReference<Post, Long> post,
		@Column("author_id") AggregateReference<Author, Long> author, Long parentId, String body,
		OffsetDateTime deletedAt, OffsetDateTime hiddenAt, @ReadOnlyProperty int depth, @ReadOnlyProperty int replyCount,
		@ReadOnlyProperty OffsetDateTime createdAt, @ReadOnlyProperty OffsetDateTime updatedAt, @Version int version) {

	public long postId() {
		return post.getId();
	}

	public long authorId() {
		return author.getId();
	}

	public boolean deleted() {
		return deletedAt != null;
	}

	public boolean hidden() {
		return hiddenAt != null;
	}

}
