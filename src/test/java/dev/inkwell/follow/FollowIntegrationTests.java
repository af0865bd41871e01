package dev.inkwell.follow;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.inkwell.support.Accounts;
import dev.inkwell.support.Accounts.SignedIn;
import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static dev.inkwell.support.Errors.assertSingleError;
import static org.assertj.core.api.Assertions.assertThat;

/** follow and unfollow, and the follow lists of an author, newest follow first. */
@InkwellIntegrationTest
class FollowIntegrationTests {

	private static final OffsetDateTime NOON = OffsetDateTime.of(2300, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Accounts accounts;

	@Autowired
	TestData data;

	@Test
	void shouldFollowAndUnfollowIdempotently() {
		SignedIn fan = accounts.user("fan");
		long star = data.author("star");
		HttpGraphQlTester asFan = Accounts.as(graphQl, fan.token());

		asFan.documentName("follow")
			.variable("authorId", TestData.authorId(star))
			.execute()
			.path("follow.followerCount")
			.entity(Integer.class)
			.isEqualTo(1);
		asFan.documentName("follow")
			.variable("authorId", TestData.authorId(star))
			.execute()
			.path("follow.followerCount")
			.entity(Integer.class)
			.isEqualTo(1);
		follows(TestData.authorId(star), 10, null).path("author.followers.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(fan.id());
		follows(fan.id(), 10, null).path("author.following.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(TestData.authorId(star));

		asFan.documentName("unfollow")
			.variable("authorId", TestData.authorId(star))
			.execute()
			.path("unfollow.followerCount")
			.entity(Integer.class)
			.isEqualTo(0);
		asFan.documentName("unfollow")
			.variable("authorId", TestData.authorId(star))
			.execute()
			.path("unfollow.followerCount")
			.entity(Integer.class)
			.isEqualTo(0);
		follows(TestData.authorId(star), 10, null).path("author.followers.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void shouldRejectFollowingOneselfUnknownAuthorsAndAnonymousFollows() {
		SignedIn fan = accounts.user("selfish");
		HttpGraphQlTester asFan = Accounts.as(graphQl, fan.token());

		assertSingleError(asFan.documentName("follow").variable("authorId", fan.id()).execute(), "BAD_USER_INPUT",
				ErrorType.BAD_REQUEST);
		assertSingleError(
				asFan.documentName("follow").variable("authorId", TestData.authorId(Long.MAX_VALUE)).execute(),
				"NOT_FOUND", ErrorType.NOT_FOUND);
		assertSingleError(asFan.documentName("follow").variable("authorId", TestData.postId(1)).execute(),
				"BAD_USER_INPUT", ErrorType.BAD_REQUEST);
		assertSingleError(graphQl.documentName("follow").variable("authorId", fan.id()).execute(), "UNAUTHENTICATED",
				ErrorType.UNAUTHORIZED);
		assertSingleError(
				asFan.documentName("unfollow").variable("authorId", TestData.authorId(Long.MAX_VALUE)).execute(),
				"NOT_FOUND", ErrorType.NOT_FOUND);
		assertSingleError(graphQl.documentName("unfollow").variable("authorId", fan.id()).execute(), "UNAUTHENTICATED",
				ErrorType.UNAUTHORIZED);
	}

	@Test
	void shouldPageFollowersAndFollowingNewestFirst() {
		long star = data.author("paged");
		List<String> followersNewestFirst = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			long fan = data.author("pfan");
			// Ties on the time: the author id decides, so paging never skips or repeats.
			accounts.follow(fan, star, NOON.plusMinutes(i / 2));
			accounts.follow(star, fan, NOON.plusMinutes(i / 2));
			followersNewestFirst.add(0, TestData.authorId(fan));
		}
		List<String> tiesResolved = data.jdbc()
			.queryForList(
					"select follower_id from follow where followed_id = ? order by created_at desc, follower_id desc",
					Long.class, star)
			.stream()
			.map(TestData::authorId)
			.toList();
		assertThat(tiesResolved).containsExactlyInAnyOrderElementsOf(followersNewestFirst);

		List<String> followers = new ArrayList<>();
		List<String> following = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			GraphQlTester.Response page = follows(TestData.authorId(star), 3, after);
			followers.addAll(page.path("author.followers.edges[*].node.id").entityList(String.class).get());
			following.addAll(page.path("author.following.edges[*].node.id").entityList(String.class).get());
			page.path("author.followerCount").entity(Integer.class).isEqualTo(7);
			page.path("author.followers.totalCount").entity(Integer.class).isEqualTo(7);
			page.path("author.following.totalCount").entity(Integer.class).isEqualTo(7);
			more = page.path("author.followers.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = more ? page.path("author.followers.pageInfo.endCursor").entity(String.class).get() : null;
		}

		assertThat(followers).containsExactlyElementsOf(tiesResolved);
		assertThat(following).containsExactlyElementsOf(tiesResolved);
	}

	@Test
	void shouldKeepTheFollowerCountWhenAFollowerIsDeleted() {
		long star = data.author("counted");
		long fan = data.author("leaver");
		accounts.follow(fan, star, NOON);
		follows(TestData.authorId(star), 1, null).path("author.followerCount").entity(Integer.class).isEqualTo(1);

		data.jdbc().update("delete from author where id = ?", fan);

		follows(TestData.authorId(star), 1, null).path("author.followerCount").entity(Integer.class).isEqualTo(0);
	}

	private GraphQlTester.Response follows(String authorId, int first, String after) {
		return graphQl.documentName("authorFollows")
			.variable("id", authorId)
			.variable("first", first)
			.variable("after", after)
			.execute();
	}

}
