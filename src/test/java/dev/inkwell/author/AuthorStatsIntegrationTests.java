package dev.inkwell.author;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.inkwell.support.AuthorsPage;
import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.StatementCounter;
import dev.inkwell.support.StatementCounter.Counted;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Author.stats comes from the author_stats view, for every author of a level in one
 * statement.
 */
@InkwellIntegrationTest
class AuthorStatsIntegrationTests {

	private static final OffsetDateTime START = OffsetDateTime.of(2190, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	StatementCounter counter;

	@Autowired
	TestData data;

	@Test
	void shouldCountWhatAnAuthorWrote() {
		long writer = data.author("stats");
		long reader = data.author("statsreader");
		long first = data.post(writer, "Older", START);
		data.post(writer, "Newer", START.plusDays(3));
		data.comment(first, reader, null, START.plusHours(1));
		data.comment(first, writer, null, START.plusHours(2));
		data.comment(first, reader, null, START.plusHours(3));

		graphQl.document("""
				query stats($id: ID!) { author(id: $id) { stats { postCount commentCount lastPostAt } } }
				""")
			.variable("id", TestData.authorId(reader))
			.execute()
			.path("author.stats.postCount")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("author.stats.commentCount")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("author.stats.lastPostAt")
			.valueIsNull();
		graphQl.document("""
				query stats($id: ID!) { author(id: $id) { stats { postCount commentCount lastPostAt } } }
				""")
			.variable("id", TestData.authorId(writer))
			.execute()
			.path("author.stats.postCount")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("author.stats.commentCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("author.stats.lastPostAt")
			.entity(OffsetDateTime.class)
			.satisfies(lastPostAt -> assertThat(lastPostAt.toInstant()).isEqualTo(START.plusDays(3).toInstant()));
	}

	@Test
	void shouldReadTheStatsOfFiftyAuthorsInOneStatement() {
		List<Long> own = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			own.add(data.author("manystats"));
		}
		AuthorsPage page = AuthorsPage.holding(data.jdbc(), own);
		List<String> ownIds = own.stream().map(TestData::authorId).toList();

		Counted<List<Map<String, Object>>> five = counter.count(() -> authorsWithStats(page.after(), 5));
		Counted<List<Map<String, Object>>> fifty = counter.count(() -> authorsWithStats(page.after(), page.first()));

		assertThat(fifty.result()).filteredOn(author -> ownIds.contains(author.get("id"))).hasSize(50);
		assertThat(five.statements()).hasSize(2);
		assertThat(fifty.statements()).hasSize(2);
	}

	private List<Map<String, Object>> authorsWithStats(String after, int first) {
		return graphQl.documentName("authorsWithStats")
			.variable("after", after)
			.variable("first", first)
			.execute()
			.path("authors.edges[*].node")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

}
