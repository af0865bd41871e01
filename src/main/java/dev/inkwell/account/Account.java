package dev.inkwell.account;

import java.time.OffsetDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;

/**
 * The account aggregate: one row of {@code account}, keyed by its author's id.
 * {@code emailConfirmedAt} is null until the current address is confirmed;
 * {@code tokenGeneration} rises with each password reset or change, which ends the bearer
 * tokens of older generations (ADR 037).
 */
record Account(@Id Long authorId, String passwordHash, Role role, @ReadOnlyProperty OffsetDateTime createdAt,
		@ReadOnlyProperty OffsetDateTime updatedAt, @Version int version, OffsetDateTime emailConfirmedAt,
		int tokenGeneration) {
}
