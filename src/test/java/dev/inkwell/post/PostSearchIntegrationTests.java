package dev.inkwell.post;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * searchPosts: stemmed words and phrases, best match first, keyset-paged, and safe
 * whatever the text.
 */
@InkwellIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostSearchIntegrationTests {

	private static final OffsetDateTime WRITTEN = OffsetDateTime.of(2180, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	TestData data;

	private long inTitle;

	private long inBody;

	private long phrase;

	private long scrambled;

	@BeforeAll
	void arrangePostsWithRareWords() {
		long author = data.author("search");
		inTitle = post(author, "Zebrafish running clubs", "A story about meeting people.");
		inBody = post(author, "Weekend notes", "On Sunday the zebrafish runs were slower than usual.");
		phrase = post(author, "Instruments", "She played a quantum harmonica at the fair.");
		scrambled = post(author, "Instruments again", "The harmonica sounded quantum, they said.");
		post(author, "Escaping", "<script>alert('x')</script> axolotl & friends <b>bold</b>");
		for (int i = 0; i < 7; i++) {
			post(author, "Okapi diary " + i, "okapi ".repeat(i + 1) + "walks in the forest");
		}
	}

	@Test
	void shouldFindPostsByStemmedWordsTitleMatchesFirst() {
		search("zebrafish run", null, null).path("searchPosts.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(TestData.postId(inTitle), TestData.postId(inBody));
	}

	@Test
	void shouldMatchAQuotedPhraseOnlyInItsOrder() {
		search("\"quantum harmonica\"", null, null).path("searchPosts.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(TestData.postId(phrase));
		search("quantum harmonica", null, null).path("searchPosts.edges[*].node.id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder(TestData.postId(phrase),
					TestData.postId(scrambled)));
		search("harmonica -quantum", null, null).path("searchPosts.edges").entityList(Object.class).hasSize(0);
	}

	@Test
	void shouldMarkMatchesInAnEscapedSnippet() {
		String snippet = search("axolotl", null, null).path("searchPosts.edges[0].snippet").entity(String.class).get();

		assertThat(snippet).contains("<mark>axolotl</mark>").contains("script&gt;").contains("&amp; friends");
		// Our marks are the only markup: everything from the body arrives escaped.
		assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<").doesNotContain(">");
	}

	@Test
	void shouldPageBestFirstWithoutDuplicatesOrGaps() {
		List<String> whole = search("okapi", 20, null).path("searchPosts.edges[*].node.id")
			.entityList(String.class)
			.get();
		List<Double> ranks = search("okapi", 20, null).path("searchPosts.edges[*].rank").entityList(Double.class).get();
		List<String> paged = new ArrayList<>();
		String after = null;
		boolean hasNextPage = true;
		while (hasNextPage) {
			GraphQlTester.Response page = search("okapi", 3, after);
			paged.addAll(page.path("searchPosts.edges[*].node.id").entityList(String.class).get());
			hasNextPage = page.path("searchPosts.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("searchPosts.pageInfo.endCursor").entity(String.class).get();
		}

		assertThat(whole).hasSize(7);
		assertThat(ranks).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		assertThat(paged).containsExactlyElementsOf(whole);
	}

	@Test
	void shouldTreatAnyTextAsAHarmlessQuery() {
		int posts = data.jdbc().queryForObject("select count(*) from post", Integer.class);
		String[] hostile = { "'; drop table post; --", "\"", "\"unbalanced", "a & b | !c <-> d", "(((", "))) or 1=1",
				"\\", "%_*", "🦓🏃 zebrafish", "-", "or", "the and of", "", "   ", "\u0000zebrafish", "x:*",
				"$$ $1 :param" };
		for (String text : hostile) {
			search(text, 5, null).errors()
				.verify()
				.path("searchPosts.edges")
				.entityList(Object.class)
				.hasSizeLessThan(6);
		}
		search("🦓🏃 zebrafish", 5, null).path("searchPosts.edges").entityList(Object.class).hasSize(2);

		assertThat(data.jdbc().queryForObject("select count(*) from post", Integer.class)).isEqualTo(posts);
	}

	@Test
	void shouldRefuseAnOverlongQueryAsBadUserInput() {
		search("zebrafish ".repeat(30), null, null).errors()
			.expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST
					&& "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
					&& error.getPath().equals("searchPosts"))
			.verify();
	}

	private long post(long author, String title, String body) {
		return data.jdbc().queryForObject("""
				insert into post (author_id, title, body, created_at, updated_at) values (?, ?, ?, ?, ?) returning id
				""", Long.class, author, title, body, WRITTEN, WRITTEN);
	}

	private GraphQlTester.Response search(String query, Integer first, String after) {
		return graphQl.documentName("searchPosts")
			.variable("query", query)
			.variable("first", first)
			.variable("after", after)
			.execute();
	}

}
