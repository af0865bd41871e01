package dev.inkwell.follow;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.inkwell.support.Accounts;
import dev.inkwell.support.AuthorsPage;
import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.StatementCounter;
import dev.inkwell.support.StatementCounter.Counted;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Author.followers and followerCount cost one statement per level, for 5 parents as for
 * 50.
 */
@InkwellIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowBatchingIntegrationTests {

	private static final int AUTHORS = 50;

	private static final int FOLLOWERS_EACH = 3;

	private static final OffsetDateTime START = OffsetDateTime.of(2350, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	StatementCounter counter;

	@Autowired
	Accounts accounts;

	@Autowired
	TestData data;

	private final List<Long> authors = new ArrayList<>();

	private AuthorsPage ours;

	/** Author i is followed by the next three authors of the ring. */
	@BeforeAll
	void arrangeFiftyAuthorsWithThreeFollowersEach() {
		for (int i = 0; i < AUTHORS; i++) {
			authors.add(data.author("ring"));
		}
		for (int i = 0; i < AUTHORS; i++) {
			for (int f = 1; f <= FOLLOWERS_EACH; f++) {
				accounts.follow(authors.get((i + f) % AUTHORS), authors.get(i), START.plusMinutes(f));
			}
		}
		ours = AuthorsPage.holding(data.jdbc(), authors);
	}

	@Test
	void shouldLoadFiftyAuthorsFollowersInAsManyStatementsAsFive() {
		Counted<List<Map<String, Object>>> five = counter.count(() -> authorsWithFollowers(5, 2));
		Counted<List<Map<String, Object>>> fifty = counter.count(() -> authorsWithFollowers(ours.first(), 2));

		assertThat(five.result()).hasSize(5);
		assertThat(ownAuthors(fifty.result())).hasSize(50);
		// authors, then all their followers' pages, then all their follower counts.
		assertThat(five.statements()).hasSize(3);
		assertThat(fifty.statements()).hasSize(3);
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldGiveEachAuthorItsOwnPageOfFollowersNewestFirst() {
		Map<String, Map<String, Object>> nodes = ownAuthors(authorsWithFollowers(ours.first(), 2));

		for (int i = 0; i < AUTHORS; i++) {
			Map<String, Object> node = nodes.get(data.username(authors.get(i)));
			Map<String, Object> followers = (Map<String, Object>) node.get("followers");
			List<String> usernames = ((List<Map<String, Object>>) followers.get("edges")).stream()
				.map(edge -> (String) ((Map<String, Object>) edge.get("node")).get("username"))
				.toList();
			// Followed latest by the third next author, then by the second next.
			assertThat(usernames).containsExactly(data.username(authors.get((i + 3) % AUTHORS)),
					data.username(authors.get((i + 2) % AUTHORS)));
			assertThat(((Map<String, Object>) followers.get("pageInfo")).get("hasNextPage")).isEqualTo(true);
			assertThat(node.get("followerCount")).isEqualTo(FOLLOWERS_EACH);
		}
	}

	/** Authors in id order, from the first of ours. */
	private List<Map<String, Object>> authorsWithFollowers(int first, int perAuthor) {
		return graphQl.documentName("authorsWithFollowers")
			.variable("first", first)
			.variable("after", ours.after())
			.variable("perAuthor", perAuthor)
			.execute()
			.path("authors.edges[*].node")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	/** This class's authors among the listed ones, by username. */
	private Map<String, Map<String, Object>> ownAuthors(List<Map<String, Object>> listed) {
		Set<String> usernames = authors.stream().map(data::username).collect(Collectors.toSet());
		Map<String, Map<String, Object>> own = new HashMap<>();
		listed.stream()
			.filter(node -> usernames.contains((String) node.get("username")))
			.forEach(node -> own.put((String) node.get("username"), node));
		return own;
	}

}
