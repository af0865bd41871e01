package dev.inkwell.post;

import java.time.OffsetDateTime;

import dev.inkwell.author.Author;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Column;

/**
 * The post aggregate: one row of {@code post}, referring to its author by id. The
 * database keeps the timestamps and the comment counter (read-only here, so that saving
 * never overwrites them); {@code bodyHtml} is the body rendered when the post is written.
 */
public record Post(@Id Long id, @Column("author_id") AggregateReference<Author, Long> author, String title, String body,
		String bodyHtml, @ReadOnlyProperty OffsetDateTime createdAt, @ReadOnlyProperty OffsetDateTime updatedAt,
		@Version int version, @ReadOnlyProperty int commentCount) {

	/** A post not yet saved: the database gives it an id, its timestamps and counters. */
	public static Post draft(long authorId, String title, String body, String bodyHtml) {
		return new Post(null, AggregateReference.to(authorId), title, body, bodyHtml, null, null, 0, 0);
	}

	/**
	 * This post with another text (what an update writes; timestamps and counters are the
	 * database's).
	 */
	public Post withContent(String newTitle, String newBody, String newBodyHtml) {
		return new Post(id, author, newTitle, newBody, newBodyHtml, createdAt, updatedAt, version, commentCount);
	}

	/** This post as of {@code readVersion}: an update matches only that version. */
	public Post withVersion(int readVersion) {
		return new Post(id, author, title, body, bodyHtml, createdAt, updatedAt, readVersion, commentCount);
	}

	public long authorId() {
		return author.getId();
	}

	/**
	 * Hashed by id alone (equality stays the record's, every component): batch loaders
	 * key their maps by posts, and hashing every component of each was a hot spot of the
	 * feed's profile.
	 */
	@Override
	public int hashCode() {
		return Long.hashCode(id == null ? 0 : id);
	}

}
