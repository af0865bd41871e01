package dev.inkwell.comment;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.StatementCounter;
import dev.inkwell.support.StatementCounter.Counted;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Post.comments and Comment.replies: each parent its own page, all parents of a level in
 * one statement.
 */
@InkwellIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentPagingIntegrationTests {

	private static final OffsetDateTime START = OffsetDateTime.of(2160, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	StatementCounter counter;

	@Autowired
	TestData data;

	private long author;

	/** 50 posts, each with 4 top-level comments, each of those with 3 replies. */
	@BeforeAll
	void arrangeFiftyDiscussedPosts() {
		author = data.author("discussed");
		for (int p = 0; p < 50; p++) {
			long post = data.post(author, "Discussed " + p, START.minusDays(p));
			for (int c = 0; c < 4; c++) {
				long comment = data.comment(post, author, null, START.plusMinutes(c));
				for (int r = 0; r < 3; r++) {
					data.comment(post, author, comment, START.plusMinutes(10 + r));
				}
			}
		}
	}

	@Test
	void shouldLoadFiftyPostsCommentsAndRepliesInAsManyStatementsAsFive() {
		Counted<List<String>> five = counter.count(() -> replyIds(5));
		Counted<List<String>> fifty = counter.count(() -> replyIds(50));

		assertThat(five.result()).hasSize(5 * 3 * 2);
		assertThat(fifty.result()).hasSize(50 * 3 * 2).doesNotHaveDuplicates();
		// author, its posts, their comments with the comments' authors, their replies,
		// the replies' parents.
		assertThat(five.statements()).hasSize(5);
		assertThat(fifty.statements()).hasSize(5);
	}

	@Test
	void shouldTellEachParentWhetherItHasMore() {
		GraphQlTester.Response response = graphQl.documentName("authorPostsWithComments")
			.variable("id", TestData.authorId(author))
			.variable("first", 50)
			.execute();

		response.path("author.posts.edges[*].node.comments.edges[*].node.author.username")
			.entityList(String.class)
			.satisfies(usernames -> assertThat(usernames).hasSize(150).containsOnly(data.username(author)));
		response.path("author.posts.edges[*].node.comments.pageInfo.hasNextPage")
			.entityList(Boolean.class)
			.hasSize(50)
			.satisfies(hasMore -> assertThat(hasMore).containsOnly(true));
		response.path("author.posts.edges[*].node.comments.edges[*].node.replies.pageInfo.hasNextPage")
			.entityList(Boolean.class)
			.satisfies(hasMore -> assertThat(hasMore).hasSize(150).containsOnly(true));
	}

	@Test
	void shouldPageThroughAPostsTopLevelCommentsOldestFirst() {
		long post = data.post(author, "Many comments", START);
		List<String> expected = new ArrayList<>();
		for (int c = 0; c < 11; c++) {
			// Equal times for pairs: the id breaks the tie.
			expected.add(TestData.commentId(data.comment(post, author, null, START.plusMinutes(c / 2))));
		}

		List<String> paged = new ArrayList<>();
		String after = null;
		boolean hasNextPage = true;
		while (hasNextPage) {
			GraphQlTester.Response page = graphQl.documentName("postComments")
				.variable("id", TestData.postId(post))
				.variable("first", 4)
				.variable("after", after)
				.execute();
			page.path("post.comments.totalCount").entity(Integer.class).isEqualTo(11);
			paged.addAll(page.path("post.comments.edges[*].node.id").entityList(String.class).get());
			hasNextPage = page.path("post.comments.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("post.comments.pageInfo.endCursor").entity(String.class).get();
		}

		assertThat(paged).containsExactlyElementsOf(expected);
	}

	private List<String> replyIds(int posts) {
		return graphQl.documentName("authorPostsWithComments")
			.variable("id", TestData.authorId(author))
			.variable("first", posts)
			.execute()
			.path("author.posts.edges[*].node.comments.edges[*].node.replies.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

}
