package dev.inkwell.author;

import java.time.OffsetDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;

/**
 * The author aggregate: one row of {@code author}. The database keeps the timestamps and the post
 * counter (read-only here, so that saving an author never overwrites them).
 */
public record Author(@Id Long id, String username, String email, String displayName, String bio,
		@ReadOnlyProperty OffsetDateTime createdAt, @ReadOnlyProperty OffsetDateTime updatedAt, @Version int version,
		@ReadOnlyProperty int postCount) {
}
