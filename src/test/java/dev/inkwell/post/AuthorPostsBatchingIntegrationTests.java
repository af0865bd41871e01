package dev.inkwell.post;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
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
 * Post.author and Author.posts are batched: a query's SQL statement count depends on its
 * depth, not on how many rows each level returns.
 */
@InkwellIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorPostsBatchingIntegrationTests {

	private static final int AUTHORS = 50;

	private static final int POSTS_PER_AUTHOR = 3;

	/** Later than anything other tests write, so these are the newest posts. */
	private static final OffsetDateTime NEWEST = OffsetDateTime.of(2400, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	StatementCounter counter;

	@Autowired
	TestData data;

	/**
	 * Each author's newest post is among the 50 newest posts, so 50 posts have 50
	 * different authors.
	 */
	@BeforeAll
	void arrangeFiftyAuthorsWithThreePostsEach() {
		for (int a = 0; a < AUTHORS; a++) {
			long author = data.author("batch");
			for (int p = 0; p < POSTS_PER_AUTHOR; p++) {
				data.post(author, "Batch post " + a + "." + p, NEWEST.minusMinutes(p * 1000L + a));
			}
		}
	}

	@Test
	void shouldLoadFiftyAuthorsAndTheirPostsInAsManyStatementsAsFive() {
		Counted<List<String>> five = counter.count(() -> authorsOfNewestPosts(5));
		Counted<List<String>> fifty = counter.count(() -> authorsOfNewestPosts(50));

		assertThat(new HashSet<>(five.result())).hasSize(5);
		assertThat(new HashSet<>(fifty.result())).hasSize(50);
		// the posts with their authors joined, then every author's page of posts: one
		// statement per level.
		assertThat(five.statements()).hasSize(2);
		assertThat(fifty.statements()).hasSize(2);
	}

	@Test
	void shouldGiveEachAuthorItsOwnPageOfPosts() {
		graphQl.documentName("newestPostsWithAuthorsPosts")
			.variable("first", 50)
			.variable("perAuthor", 2)
			.execute()
			.path("posts.edges[*].node.author.posts.edges")
			.entityList(List.class)
			.satisfies(pages -> assertThat(pages).allSatisfy(page -> assertThat(page).hasSize(2)))
			.path("posts.edges[*].node.author.posts.pageInfo.hasNextPage")
			.entityList(Boolean.class)
			.satisfies(hasNext -> assertThat(hasNext).hasSize(50).containsOnly(true));
	}

	@Test
	void shouldCountTotalsOfAllConnectionsOfALevelInOneStatement() {
		Counted<List<Integer>> five = counter.count(() -> authorsPostCounts(5));
		Counted<List<Integer>> fifty = counter.count(() -> authorsPostCounts(50));

		assertThat(fifty.result()).hasSize(50).containsOnly(POSTS_PER_AUTHOR);
		// posts with their authors + count of all posts, the authors' pages + their
		// counts.
		assertThat(five.statements()).hasSize(4);
		assertThat(fifty.statements()).hasSize(five.statements().size());
	}

	@Test
	void shouldNotCountWhenTotalCountIsNotSelected() {
		List<String> statements = counter.statementsOf(() -> authorsOfNewestPosts(10));

		assertThat(statements).noneMatch(sql -> sql.contains("count("));
	}

	private List<String> authorsOfNewestPosts(int first) {
		return graphQl.documentName("newestPostsWithAuthorsPosts")
			.variable("first", first)
			.variable("perAuthor", 5)
			.execute()
			.path("posts.edges[*].node.author.username")
			.entityList(String.class)
			.get();
	}

	private List<Integer> authorsPostCounts(int first) {
		return graphQl.documentName("newestPostsWithAuthorsPostCounts")
			.variable("first", first)
			.execute()
			.path("posts.edges[*].node.author.posts.totalCount")
			.entityList(Integer.class)
			.get();
	}

}
