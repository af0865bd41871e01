package dev.inkwell.errors;

import dev.inkwell.errors.DatabaseConstraints;
import dev.inkwell.errors.ErrorCode;

import java.util.List;

import dev.inkwell.errors.DatabaseConstraints.Violation;
import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Violated constraints of the real database become the client errors the table promises.
 */
@InkwellIntegrationTest
class DatabaseConstraintsIntegrationTests {

	@Autowired
	TestData data;

	@Test
	void shouldNameOnlyConstraintsThatExistInTheDatabase() {
		List<String> existing = data.jdbc().queryForList("""
				select conname from pg_constraint
				union all
				select indexname from pg_indexes where schemaname = 'public'
				""", String.class);

		assertThat(existing).containsAll(DatabaseConstraints.knownNames());
	}

	@Test
	void shouldMapUniqueCheckAndForeignKeyViolationsToFields() {
		long author = data.author("constraint");
		String username = data.username(author);

		assertThat(violationOf("insert into author (username, email) values (upper(?), 'x_' || ? || '@example.com')",
				username, username))
			.isEqualTo(new Violation(ErrorCode.CONFLICT, "username", "This username is taken"));
		assertThat(violationOf("insert into author (username, email) values ('no spaces allowed', ?)", username + "@x"))
			.extracting(Violation::code, Violation::field)
			.containsExactly(ErrorCode.BAD_USER_INPUT, "username");
		assertThat(violationOf("insert into follow (follower_id, followed_id) values (?, ?)", author, author))
			.extracting(Violation::code, Violation::field)
			.containsExactly(ErrorCode.BAD_USER_INPUT, "authorId");
		assertThat(violationOf("insert into follow (follower_id, followed_id) values (?, ?)", author, Long.MAX_VALUE))
			.extracting(Violation::code, Violation::field)
			.containsExactly(ErrorCode.BAD_USER_INPUT, "authorId");
		assertThat(violationOf("update account set role = 'KING' where author_id = ?", insertAccount(author)))
			.extracting(Violation::code, Violation::field)
			.containsExactly(ErrorCode.BAD_USER_INPUT, "role");
	}

	@Test
	void shouldTreatUnknownConstraintsAsConflictOrBadInputNeverInternal() {
		long author = data.author("unknown");

		assertThat(violationOf("insert into account (author_id, password_hash) values (?, 'plain text')", author))
			.extracting(Violation::code)
			.isEqualTo(ErrorCode.BAD_USER_INPUT);
		insertAccount(author);
		assertThat(violationOf("insert into account (author_id, password_hash) values (?, '$2a$04$x')", author))
			.extracting(Violation::code)
			.isEqualTo(ErrorCode.CONFLICT);
	}

	private long insertAccount(long authorId) {
		data.jdbc()
			.update("insert into account (author_id, password_hash) values (?, '$2a$04$notarealhash')", authorId);
		return authorId;
	}

	private Violation violationOf(String sql, Object... args) {
		Throwable failure = catchThrowable(() -> data.jdbc().update(sql, args));
		assertThat(failure).isNotNull();
		return DatabaseConstraints.violationOf(failure).orElseThrow();
	}

}
