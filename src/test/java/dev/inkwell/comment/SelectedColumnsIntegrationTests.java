package dev.inkwell.comment;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.StatementCounter;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists read a row's costly columns (bodies, profiles, dates) only when the operation
 * selects a field that shows them, and every answer stays what a full read gives.
 */
@InkwellIntegrationTest
class SelectedColumnsIntegrationTests {

	private static final OffsetDateTime LATER = OffsetDateTime.of(2400, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	TestData data;

	@Autowired
	StatementCounter counter;

	/**
	 * The comments' authors are read with their usernames only, and primed for the rest
	 * of the request; the same authors reached again through the comments' posts must
	 * still show their profiles, because the operation selects them there.
	 */
	@Test
	void shouldShowTheProfileOfAnAuthorFirstReadForAFieldThatNeedsLess() {
		long writer = data.author("profile");
		data.jdbc().update("update author set bio = 'Writes about keysets' where id = ?", writer);
		long post = data.post(writer, "Own comments", LATER);
		data.comment(post, writer, null, LATER.plusMinutes(1));

		GraphQlTester.Response response = graphQl.documentName("commentsWithTheirPostsAuthors")
			.variable("id", TestData.postId(post))
			.execute();

		response.path("post.comments.edges[0].node.author.username")
			.entity(String.class)
			.isEqualTo(data.username(writer));
		response.path("post.comments.edges[0].node.post.author.bio")
			.entity(String.class)
			.isEqualTo("Writes about keysets");
		response.path("post.comments.edges[0].node.post.author.displayName")
			.entity(String.class)
			.isEqualTo("Test profile");
	}

	/**
	 * A deleted comment's body reads empty even when the operation selects no field that
	 * shows the deletion: the body needs the deletion's column.
	 */
	@Test
	void shouldHideADeletedBodyWhenOnlyTheBodyIsSelected() {
		long writer = data.author("deleted");
		long post = data.post(writer, "With a deleted comment", LATER);
		long deleted = data.comment(post, writer, null, LATER.plusMinutes(1));
		data.comment(post, writer, null, LATER.plusMinutes(2));
		data.jdbc().update("update comment set deleted_at = now() where id = ?", deleted);

		GraphQlTester.Response response = graphQl.documentName("commentsWithTheirPostsAuthors")
			.variable("id", TestData.postId(post))
			.execute();

		assertThat(response.path("post.comments.edges[*].node.body").entityList(String.class).get()).containsExactly("",
				"Comment at " + LATER.plusMinutes(2));
	}

	@Test
	void shouldReadPostBodiesAndAuthorProfilesOnlyWhenSelected() {
		long writer = data.author("columns");
		data.jdbc().update("update author set bio = 'Reads columns' where id = ?", writer);
		data.post(writer, "Newest of all", LATER.plusYears(100));

		var titles = counter.count(() -> graphQl.documentName("newestPostTitles").variable("first", 1).execute());
		var bodies = counter.count(() -> graphQl.documentName("newestPostBodies").variable("first", 1).execute());

		titles.result().path("posts.edges[0].node.title").entity(String.class).isEqualTo("Newest of all");
		bodies.result().path("posts.edges[0].node.body").entity(String.class).isEqualTo("Body of Newest of all");
		bodies.result().path("posts.edges[0].node.author.bio").entity(String.class).isEqualTo("Reads columns");
		assertThat(single(titles.statements())).contains("null as body", "null as author_bio")
			.doesNotContain("post.body as body");
		assertThat(single(bodies.statements())).contains("post.body as body", "a.bio as author_bio");
	}

	/**
	 * A field another feature adds to Post (its tags, resolved by tag/'s loader from the
	 * post's id) reads no post column: selecting it reads no body, though Post's column
	 * list does not name it.
	 */
	@Test
	void shouldReadOnlyTheKeysForAFieldAnotherFeatureAdds() {
		long writer = data.author("tagged");
		long post = data.post(writer, "Tagged", LATER);
		String tag = TestData.unique("keys");
		data.tagPost(post, data.tag(tag));

		var tagged = counter.count(() -> graphQl.documentName("authorPostTitlesWithTags")
			.variable("id", TestData.authorId(writer))
			.execute());

		tagged.result().path("author.posts.edges[0].node.title").entity(String.class).isEqualTo("Tagged");
		tagged.result().path("author.posts.edges[0].node.tags[0].name").entity(String.class).isEqualTo(tag);
		assertThat(postsPage(tagged.statements())).contains("null as body", "null as body_html");
	}

	/**
	 * An operation's fields are worked out once and kept for its next requests; one whose
	 * directives depend on variables selects other fields from one request to the next,
	 * so its statements must follow each request's variables.
	 */
	@Test
	void shouldReadBodiesWhenALaterRequestOfTheSameOperationIncludesThem() {
		long writer = data.author("included");
		data.post(writer, "Included body", LATER);

		var without = counter.count(() -> graphQl.documentName("authorPostsWithOptionalBodies")
			.variable("id", TestData.authorId(writer))
			.variable("withBodies", false)
			.execute());
		var with = counter.count(() -> graphQl.documentName("authorPostsWithOptionalBodies")
			.variable("id", TestData.authorId(writer))
			.variable("withBodies", true)
			.execute());

		without.result().path("author.posts.edges[0].node.body").pathDoesNotExist();
		with.result().path("author.posts.edges[0].node.body").entity(String.class).isEqualTo("Body of Included body");
		assertThat(postsPage(without.statements())).contains("null as body");
		assertThat(postsPage(with.statements())).contains("post.body as body");
	}

	/**
	 * The same operation sent again reads with the very statement of its first request:
	 * the columns its fields need do not change between requests.
	 */
	@Test
	void shouldAnswerARepeatedOperationWithTheSameStatement() {
		long writer = data.author("repeated");
		data.post(writer, "Repeated body", LATER);

		var first = counter
			.count(() -> graphQl.documentName("authorPostBodies").variable("id", TestData.authorId(writer)).execute());
		var second = counter
			.count(() -> graphQl.documentName("authorPostBodies").variable("id", TestData.authorId(writer)).execute());

		second.result().path("author.posts.edges[0].node.body").entity(String.class).isEqualTo("Body of Repeated body");
		assertThat(postsPage(second.statements())).isEqualTo(postsPage(first.statements()))
			.contains("post.body as body");
	}

	/** The statement that read a page of an author's posts. */
	private static String postsPage(List<String> statements) {
		return statements.stream()
			.filter(sql -> sql.contains("post.author_id = k.parent_id"))
			.findFirst()
			.orElseThrow();
	}

	private static String single(List<String> statements) {
		assertThat(statements).hasSize(1);
		return statements.get(0);
	}

}
