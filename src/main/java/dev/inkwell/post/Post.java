package dev.inkwell.post;

import java.time.OffsetDateTime;

import dev.inkwell.author.Author;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Column;

/** The post aggregate: one row of {@code post}, referring to its author by id. */
public record Post(@Id Long id, @Column("author_id") AggregateReference<Author, Long> author, String title, String body,
		@ReadOnlyProperty OffsetDateTime createdAt, @ReadOnlyProperty OffsetDateTime updatedAt, @Version int version) {

	public long authorId() {
		return author.getId();
	}

}
