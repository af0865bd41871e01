package dev.inkwell.tag;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.StatementCounter;
import dev.inkwell.support.StatementCounter.Counted;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Post.tags and Tag.posts are batched: posts → tags → posts costs the same statements for
 * 5 posts as for 50 (whose 51 tags each get a page of posts).
 */
@InkwellIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TagBatchingIntegrationTests {

	private static final int POSTS = 50;

	private static final OffsetDateTime START = OffsetDateTime.of(2320, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	StatementCounter counter;

	@Autowired
	TestData data;

	String username;

	/**
	 * Every post has its own tag and the shared one; its own tag is on one other, older
	 * post.
	 */
	@BeforeAll
	void arrangeFiftyPostsWithTwoTagsEach() {
		long author = data.author("tagged");
		username = data.username(author);
		long shared = data.tag(TestData.unique("shared"));
		long older = data.post(author, "Older", START.minusDays(1));
		for (int p = 0; p < POSTS; p++) {
			long post = data.post(author, "Tagged " + p, START.plusMinutes(p));
			long own = data.tag(TestData.unique("own"));
			data.tagPost(post, own);
			data.tagPost(post, shared);
			data.tagPost(older, own);
		}
	}

	@Test
	void shouldReadTagsAndTheirPostsOfFiftyPostsInAsManyStatementsAsFive() {
		Counted<List<Integer>> five = counter.count(() -> tagPostCounts(5));
		Counted<List<Integer>> fifty = counter.count(() -> tagPostCounts(50));

		// Two tags a post; the shared tag counts 50 posts, each post's own tag 2.
		assertThat(five.result()).hasSize(10).containsOnly(POSTS, 2);
		assertThat(fifty.result()).hasSize(100).containsOnly(POSTS, 2);
		// author, its posts, their tags, the tags' pages of posts, their counts.
		assertThat(five.statements()).hasSize(5);
		assertThat(fifty.statements()).hasSize(5);
	}

	/**
	 * The newest post's tags by name (own_… before shared_…), each with its two newest
	 * posts.
	 */
	@Test
	void shouldGiveEachTagItsOwnPageOfPostsNewestFirst() {
		graphQl.documentName("authorPostsWithTags")
			.variable("username", username)
			.variable("first", 1)
			.variable("perTag", 2)
			.execute()
			.path("author.posts.edges[0].node.tags[*].posts.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("Tagged 49", "Older", "Tagged 49", "Tagged 48");
	}

	private List<Integer> tagPostCounts(int first) {
		return graphQl.documentName("authorPostsWithTags")
			.variable("username", username)
			.variable("first", first)
			.variable("perTag", 2)
			.execute()
			.path("author.posts.edges[*].node.tags[*].posts.totalCount")
			.entityList(Integer.class)
			.get();
	}

}
