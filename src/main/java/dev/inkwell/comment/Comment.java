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
 * The comment aggregate: one row of {@code comment}. A comment is its own aggregate (a
 * thread can hold thousands), referring to its post, author and parent by id. Depth and
 * reply count are kept by triggers, so they are read-only here.
 */
public record Comment(@Id Long id, @Column("post_id") AggregateReference<Post, Long> post,
		@Column("author_id") AggregateReference<Author, Long> author, Long parentId, String body,
		OffsetDateTime deletedAt, OffsetDateTime hiddenAt, @ReadOnlyProperty int depth,
		@ReadOnlyProperty int replyCount, @ReadOnlyProperty OffsetDateTime createdAt,
		@ReadOnlyProperty OffsetDateTime updatedAt, @Version int version) {

	/**
	 * A comment not yet saved, on a post or replying to {@code parentId}; the database
	 * keeps the rest.
	 */
	public static Comment draft(long postId, long authorId, Long parentId, String body) {
		return new Comment(null, AggregateReference.to(postId), AggregateReference.to(authorId), parentId, body, null,
				null, 0, 0, null, null, 0);
	}

	public Comment withBody(String newBody) {
		return new Comment(id, post, author, parentId, newBody, deletedAt, hiddenAt, depth, replyCount, createdAt,
				updatedAt, version);
	}

	public Comment withDeletedAt(OffsetDateTime at) {
		return new Comment(id, post, author, parentId, body, at, hiddenAt, depth, replyCount, createdAt, updatedAt,
				version);
	}

	public Comment withHiddenAt(OffsetDateTime at) {
		return new Comment(id, post, author, parentId, body, deletedAt, at, depth, replyCount, createdAt, updatedAt,
				version);
	}

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

	/**
	 * What readers see: a deleted or hidden comment keeps its place in the thread, not
	 * its text.
	 */
	public String visibleBody() {
		return deleted() || hidden() ? "" : body;
	}

	/**
	 * Hashed by id alone (equality stays the record's, every component): batch loaders
	 * key their maps by comments, and hashing every component of each was a hot spot of
	 * the feed's profile.
	 */
	@Override
	public int hashCode() {
		return Long.hashCode(id == null ? 0 : id);
	}

}
