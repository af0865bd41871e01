package dev.inkwell.post;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import dev.inkwell.relay.Page;
import dev.inkwell.projection.SelectedFields;
import dev.inkwell.relay.TimeKeyCursor;
import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of the newest posts (the feed's first statement) is planned once per connection:
 * after PostgreSQL's five custom plans its prepared statement runs on the generic plan,
 * instead of being planned again for every request (ADR 028).
 */
@InkwellIntegrationTest
class NewestPostsPlanIntegrationTests {

	private static final OffsetDateTime NOON = OffsetDateTime.of(2230, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);

	/**
	 * Enough for the driver to prepare the statement (5) and the server to settle (5).
	 */
	private static final int EXECUTIONS = 15;

	/** A page size no other test asks for, so the statements found are this test's. */
	private static final int FIRST = 37;

	@Autowired
	DataSource dataSource;

	@Autowired
	TestData data;

	@Test
	void shouldRunTheNewestPostsOnAGenericPlan() throws SQLException {
		long author = data.author("planned");
		for (int i = 0; i < 3; i++) {
			data.post(author, "Planned " + i, NOON.minusMinutes(i));
		}
		try (Connection connection = dataSource.getConnection()) {
			JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
			PostPageQueries posts = new PostPageQueriesImpl(jdbc);
			Page page = new Page(FIRST, null);
			TimeKeyCursor after = new TimeKeyCursor(NOON, Long.MAX_VALUE);
			for (int i = 0; i < EXECUTIONS; i++) {
				assertThat(posts.findNewestWithAuthors(page, null, SelectedFields.EVERYTHING)).hasSizeGreaterThan(2);
				assertThat(posts.findNewestWithAuthors(page, after, SelectedFields.EVERYTHING)).hasSizeGreaterThan(2);
			}

			assertThat(jdbc.sql("""
					select generic_plans from pg_prepared_statements
					where statement like '%from post join author%' and statement like '%limit ' || :limit || '%'
					""").param("limit", FIRST + 1).query(Long.class).list()).hasSize(2)
				.allSatisfy(plans -> assertThat(plans).isPositive());
		}
	}

}
