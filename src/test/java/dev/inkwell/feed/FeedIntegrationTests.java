package dev.inkwell.feed;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.inkwell.support.Accounts;
import dev.inkwell.support.Accounts.SignedIn;
import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.StatementCounter;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static dev.inkwell.support.Errors.assertSingleError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed: followed authors' posts only, newest first, keyset-paged, one statement per
 * level.
 */
@InkwellIntegrationTest
class FeedIntegrationTests {

	private static final OffsetDateTime NOON = OffsetDateTime.of(2250, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Accounts accounts;

	@Autowired
	StatementCounter counter;

	@Autowired
	TestData data;

	@Test
	void shouldPageThroughFollowedAuthorsPostsNewestFirst() {
		SignedIn reader = accounts.user("reader");
		long followed = data.author("followed");
		long alsoFollowed = data.author("followed");
		long notFollowed = data.author("ignored");
		accounts.follow(reader.authorId(), followed, NOON);
		accounts.follow(reader.authorId(), alsoFollowed, NOON);
		for (int i = 0; i < 9; i++) {
			// Ties on created_at across authors: the id decides.
			data.post(followed, "F" + i, NOON.minusHours(i / 2));
			data.post(alsoFollowed, "A" + i, NOON.minusHours(i / 3));
			data.post(notFollowed, "N" + i, NOON.minusHours(i));
		}
		List<String> expected = data.jdbc().queryForList("""
				select id from post where author_id in (?, ?) order by created_at desc, id desc
				""", Long.class, followed, alsoFollowed).stream().map(TestData::postId).toList();

		List<String> paged = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			GraphQlTester.Response page = Accounts.as(graphQl, reader.token())
				.documentName("feed")
				.variable("first", 4)
				.variable("after", after)
				.execute();
			paged.addAll(page.path("feed.edges[*].node.id").entityList(String.class).get());
			page.path("feed.totalCount").entity(Integer.class).isEqualTo(18);
			more = page.path("feed.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = more ? page.path("feed.pageInfo.endCursor").entity(String.class).get() : null;
		}

		assertThat(expected).hasSize(18);
		assertThat(paged).containsExactlyElementsOf(expected);
	}

	@Test
	void shouldGiveAnEmptyFeedToAViewerWhoFollowsNobody() {
		SignedIn loner = accounts.user("loner");

		Accounts.as(graphQl, loner.token())
			.documentName("feed")
			.execute()
			.path("feed.edges")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void shouldRequireASignedInViewerForTheFeed() {
		assertSingleError(graphQl.documentName("feed").execute(), "UNAUTHENTICATED", ErrorType.UNAUTHORIZED);
	}

	@Test
	void shouldReadTheFeedAndItsAuthorsInOneStatementEach() {
		SignedIn reader = accounts.user("counted");
		for (int a = 0; a < 10; a++) {
			long author = data.author("feedsrc");
			accounts.follow(reader.authorId(), author, NOON);
			data.post(author, "Feed " + a, NOON.plusMinutes(a));
		}

		List<String> statements = counter.statementsOf(() -> Accounts.as(graphQl, reader.token())
			.documentName("feedWithoutCount")
			.variable("first", 10)
			.execute()
			.path("feed.edges[*].node.author.username")
			.entityList(String.class)
			.hasSize(10));

		assertThat(statements).hasSize(2);
	}

}
