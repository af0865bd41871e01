package dev.inkwell.author;

import java.time.OffsetDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;

/**
 * The author aggregate: one row of {@code author}. The database keeps the timestamps and
 * the post counter (read-only here, so that saving an author never overwrites them).
 */
public record Author(@Id Long id, String username, String email, String displayName, String bio,
		@ReadOnlyProperty OffsetDateTime createdAt, @ReadOnlyProperty OffsetDateTime updatedAt, @Version int version,
		@ReadOnlyProperty int postCount) {

	/**
	 * An author not yet saved: the database gives it an id, its timestamps and counters.
	 */
	public static Author signUp(String username, String email, String displayName) {
		return new Author(null, username, email, displayName, null, null, null, 0, 0);
	}

	public Author withProfile(String newDisplayName, String newBio) {
		return new Author(id, username, email, newDisplayName, newBio, createdAt, updatedAt, version, postCount);
	}

	public Author withEmail(String newEmail) {
		return new Author(id, username, newEmail, displayName, bio, createdAt, updatedAt, version, postCount);
	}

	/**
	 * Hashed by id alone (equality stays the record's, every component): batch loaders
	 * key their maps by authors, and hashing every component of each was a hot spot of
	 * the feed's profile.
	 */
	@Override
	public int hashCode() {
		return Long.hashCode(id == null ? 0 : id);
	}

}
