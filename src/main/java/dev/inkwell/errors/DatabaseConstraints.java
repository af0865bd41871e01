package dev.inkwell.errors;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns a violated database constraint into a client's error: the constraint names of
 * db-changelog/ map to the input field they guard, so a rule the database enforces reads
 * like a validation message, never like an INTERNAL error. Add a row when a changeset
 * adds a constraint that input can violate.
 */
final class DatabaseConstraints {

	/** What a violated constraint means to a client. */
	record Violation(ErrorCode code, String field, String message) {
	}

	private static final Map<String, Violation> KNOWN = Map.ofEntries(
			Map.entry("author_username_unique", conflict("username", "This username is taken")),
			Map.entry("author_email_unique",
					conflict("email", "This email address is already used by another account")),
			Map.entry("author_username_format", badInput("username", "3 to 32 letters, digits or underscores")),
			Map.entry("author_email_format", badInput("email", "Not an email address")),
			Map.entry("author_display_name_length", badInput("displayName", "1 to 100 characters")),
			Map.entry("author_bio_length", badInput("bio", "At most 2,000 characters")),
			Map.entry("post_title_length", badInput("title", "1 to 200 characters")),
			Map.entry("post_body_length", badInput("body", "1 to 100,000 characters")),
			Map.entry("account_role_valid", badInput("role", "Not a role")),
			Map.entry("follow_not_self", badInput("authorId", "Authors cannot follow themselves")),
			Map.entry("follow_follower_id_fkey", badInput("authorId", "No such author")),
			Map.entry("follow_followed_id_fkey", badInput("authorId", "No such author")),
			Map.entry("comment_body_length", badInput("body", "At most 20,000 characters")),
			Map.entry("comment_body_present", badInput("body", "A comment needs a body")),
			Map.entry("comment_parent_same_post",
					badInput("parentId", "The parent must be a comment of the same post")),
			Map.entry("comment_post_id_fkey", badInput("postId", "No such post")),
			Map.entry("tag_name_length", badInput("names", "1 to 32 characters")),
			Map.entry("tag_name_trimmed", badInput("names", "A tag name has no spaces around it")),
			Map.entry("post_tag_post_fkey", badInput("postId", "No such post")));

	private DatabaseConstraints() {
	}

	/**
	 * The constraint names this table knows (a test checks that each one exists in the
	 * database).
	 */
	static java.util.Set<String> knownNames() {
		return KNOWN.keySet();
	}

	/**
	 * The violation behind {@code ex}, if a constraint (unique, check, foreign key, not
	 * null) was violated.
	 */
	static Optional<Violation> violationOf(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
				return Optional.of(violation(sql));
			}
		}
		return Optional.empty();
	}

	private static Violation violation(SQLException sql) {
		ServerErrorMessage server = sql instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
		String constraint = server == null ? null : server.getConstraint();
		if (constraint != null && KNOWN.containsKey(constraint)) {
			return KNOWN.get(constraint);
		}
		// 23505 unique_violation: something that must be unique is taken; every other
		// class-23 state is bad input.
		return "23505".equals(sql.getSQLState()) ? conflict(null, "A value that must be unique is already used")
				: badInput(server == null ? null : server.getColumn(), "A value breaks a rule of the data");
	}

	private static Violation conflict(String field, String message) {
		return new Violation(ErrorCode.CONFLICT, field, message);
	}

	private static Violation badInput(String field, String message) {
		return new Violation(ErrorCode.BAD_USER_INPUT, field, message);
	}

}
