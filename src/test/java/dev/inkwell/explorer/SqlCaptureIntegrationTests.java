package dev.inkwell.explorer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.inkwell.support.Accounts;
import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.StatementCounter;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * extensions.sql: the statements each request ran, in order, with plans on request and
 * never mixed between requests.
 */
@InkwellIntegrationTest
class SqlCaptureIntegrationTests {

	private static final String AUTHOR_WITH_POSTS = """
			query ($username: String!) {
			  author(username: $username) { username posts(first: 5) { totalCount edges { node { title } } } }
			}""";

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	Accounts accounts;

	@Autowired
	StatementCounter counter;

	@Autowired
	DataSource dataSource;

	@Test
	void shouldListTheStatementsARequestRanInOrderWithPlaceholdersAndRows() {
		long author = data.author("sqlcap");
		data.post(author, "First", OffsetDateTime.parse("2026-01-01T10:00:00Z"));
		data.post(author, "Second", OffsetDateTime.parse("2026-01-02T10:00:00Z"));
		String username = data.username(author);
		GraphQlHttp http = new GraphQlHttp(port);

		StatementCounter.Counted<JsonNode> counted = counter
			.count(() -> http.post(AUTHOR_WITH_POSTS, username, false, null));
		JsonNode sql = counted.result().path("extensions").path("sql");

		assertThat(counted.result().path("data").path("author").path("posts").path("totalCount").asInt()).isEqualTo(2);
		assertThat(sql.path("count").asInt()).isEqualTo(counted.statements().size())
			.isEqualTo(sql.path("statements").size());
		assertThat(sql.path("statements").valueStream().map(statement -> statement.path("sql").asString()).toList())
			.containsExactlyElementsOf(counted.statements());
		assertThat(sql.path("statements").valueStream().map(statement -> statement.path("sql").asString()))
			.noneMatch(text -> text.contains(username))
			.anyMatch(text -> text.contains("?"));
		// The author lookup reads one row; the page of posts reads both posts.
		assertThat(sql.path("statements").valueStream().map(statement -> statement.path("rows").asInt())).contains(1,
				2);
		assertThat(sql.path("statements").valueStream()).allMatch(statement -> statement.path("ms").asDouble() >= 0)
			.allMatch(statement -> statement.path("plan").isMissingNode());
		assertThat(sql.path("totalMs").asDouble()).isGreaterThanOrEqualTo(0);
	}

	@Test
	void shouldAddEachStatementsPlanWhenAskedFor() {
		long author = data.author("sqlplan");
		data.post(author, "Planned", OffsetDateTime.parse("2026-01-01T10:00:00Z"));

		JsonNode sql = new GraphQlHttp(port).post(AUTHOR_WITH_POSTS, data.username(author), true, null)
			.path("extensions")
			.path("sql");

		assertThat(sql.path("count").asInt()).isPositive();
		assertThat(sql.path("statements").valueStream().map(statement -> statement.path("plan").asString()))
			.allMatch(plan -> plan.contains("actual time=") && plan.contains("Execution Time"));
	}

	@Test
	void shouldExplainAMutationWithoutWritingTwice() {
		Accounts.SignedIn writer = accounts.user("sqlwrite");
		String create = """
				mutation ($title: String!) { createPost(input: {title: $title, body: "Explained once"}) { title } }""";

		JsonNode answer = new GraphQlHttp(port).post(create, "Explained", true, writer.token());

		assertThat(answer.path("data").path("createPost").path("title").asString()).isEqualTo("Explained");
		assertThat(data.jdbc()
			.queryForObject("select count(*) from post where author_id = ?", Integer.class, writer.authorId()))
			.isEqualTo(1);
		assertThat(answer.path("extensions").path("sql").path("statements").valueStream())
			.anyMatch(statement -> statement.path("sql").asString().toLowerCase().startsWith("insert into")
					&& statement.path("plan").asString().contains("Insert on") && statement.path("rows").asInt() == 1);
	}

	/**
	 * Request A is held inside its UPDATE by a row lock the test owns while request B
	 * runs from start to end; each answer lists only its own statements.
	 */
	@Test
	void shouldKeepTheStatementsOfConcurrentRequestsApart() throws Exception {
		Accounts.SignedIn writer = accounts.user("sqlconc");
		long post = data.post(writer.authorId(), "Locked", OffsetDateTime.parse("2026-01-01T10:00:00Z"));
		int version = data.jdbc().queryForObject("select version from post where id = ?", Integer.class, post);
		String update = """
				mutation ($id: ID!) { updatePost(input: {id: $id, version: %d, title: "Unlocked"}) { title } }"""
			.formatted(version);
		GraphQlHttp http = new GraphQlHttp(port);
		CompletableFuture<JsonNode> first;
		JsonNode second;
		try (Connection lock = dataSource.getConnection()) {
			lock.setAutoCommit(false);
			try (PreparedStatement select = lock.prepareStatement("select id from post where id = ? for update")) {
				select.setLong(1, post);
				select.executeQuery().close();
			}
			first = CompletableFuture
				.supplyAsync(() -> http.post(update, TestData.postId(post), false, writer.token()));
			await().atMost(Duration.ofSeconds(30)).until(() -> waitingOnLocks() > 0);
			second = http.post("query ($q: String!) { searchPosts(query: $q, first: 3) { edges { rank } } }",
					"wireless", false, null);
			lock.commit();
		}
		JsonNode firstAnswer = first.get(30, TimeUnit.SECONDS);

		assertThat(firstAnswer.path("data").path("updatePost").path("title").asString()).isEqualTo("Unlocked");
		assertThat(sqlOf(firstAnswer)).anyMatch(sql -> sql.startsWith("update"))
			.noneMatch(sql -> sql.contains("ts_rank"));
		assertThat(sqlOf(second)).isNotEmpty()
			.anyMatch(sql -> sql.contains("ts_rank"))
			.noneMatch(sql -> sql.startsWith("update"));
	}

	private int waitingOnLocks() {
		return data.jdbc().queryForObject("""
				select count(*) from pg_stat_activity
				where datname = current_database() and wait_event_type = 'Lock' and query ilike 'update%post%'
				""", Integer.class);
	}

	private static List<String> sqlOf(JsonNode answer) {
		return answer.path("extensions")
			.path("sql")
			.path("statements")
			.valueStream()
			.map(statement -> statement.path("sql").asString().strip().toLowerCase())
			.toList();
	}

}
