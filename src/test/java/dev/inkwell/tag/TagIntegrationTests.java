package dev.inkwell.tag;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.inkwell.relay.GlobalId;
import dev.inkwell.support.Accounts;
import dev.inkwell.support.Accounts.SignedIn;
import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static dev.inkwell.support.Errors.assertFieldError;
import static dev.inkwell.support.Errors.assertSingleError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tags: setPostTags' rules and who may use it, finding tags by name and id, a tag's posts
 * and the list of tags.
 */
@InkwellIntegrationTest
class TagIntegrationTests {

	private static final OffsetDateTime NOON = OffsetDateTime.of(2330, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Accounts accounts;

	@Autowired
	TestData data;

	@Test
	void shouldReplaceThePostsTagsWithTrimmedNamesEachOnceWhateverTheirCase() {
		SignedIn author = accounts.user("tagger");
		long post = data.post(author.authorId(), "Tagged", NOON);
		String pg = TestData.unique("Pg");
		String sql = TestData.unique("sql");

		setTags(author, post, List.of("  " + pg + " ", pg.toUpperCase(), sql)).path("setPostTags.tags[*].name")
			.entityList(String.class)
			.containsExactly(pg, sql);
		setTags(author, post, List.of(sql.toUpperCase(), "x" + sql)).path("setPostTags.tags[*].name")
			.entityList(String.class)
			.containsExactly(sql, "x" + sql);
		setTags(author, post, List.of()).path("setPostTags.tags").entityList(Object.class).hasSize(0);
	}

	@Test
	void shouldKeepTheFirstSpellingOfATag() {
		SignedIn first = accounts.user("speller");
		SignedIn second = accounts.user("respeller");
		String name = TestData.unique("CamelCase");

		setTags(first, data.post(first.authorId(), "First", NOON), List.of(name));
		setTags(second, data.post(second.authorId(), "Second", NOON), List.of(name.toLowerCase()))
			.path("setPostTags.tags[*].name")
			.entityList(String.class)
			.containsExactly(name);
		tagByName(" " + name.toUpperCase() + " ").execute().path("tag.name").entity(String.class).isEqualTo(name);
	}

	@Test
	void shouldLetOnlyThePostsAuthorOrAnAdminSetItsTags() {
		SignedIn author = accounts.user("owner");
		SignedIn other = accounts.user("other");
		SignedIn admin = accounts.admin("tagadmin");
		long post = data.post(author.authorId(), "Mine", NOON);
		String name = TestData.unique("mine");

		assertSingleError(setTags(other, post, List.of(name)), "FORBIDDEN", ErrorType.FORBIDDEN);
		assertSingleError(graphQl.documentName("setPostTags")
			.variable("postId", TestData.postId(post))
			.variable("names", List.of(name))
			.execute(), "UNAUTHENTICATED", ErrorType.UNAUTHORIZED);
		assertThat(taggings(post)).isZero();
		setTags(admin, post, List.of(name)).path("setPostTags.tags[*].name")
			.entityList(String.class)
			.containsExactly(name);
		assertSingleError(setTags(author, Long.MAX_VALUE, List.of(name)), "NOT_FOUND", ErrorType.NOT_FOUND);
	}

	@Test
	void shouldRefuseNamesOutsideTheLimitsNamingTheField() {
		SignedIn author = accounts.user("limits");
		long post = data.post(author.authorId(), "Limits", NOON);
		List<String> eleven = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			eleven.add(TestData.unique("t" + i));
		}

		assertFieldError(setTags(author, post, eleven), "BAD_USER_INPUT", "names");
		assertFieldError(setTags(author, post, List.of("x".repeat(33))), "BAD_USER_INPUT", "names");
		assertFieldError(setTags(author, post, List.of("   ")), "BAD_USER_INPUT", "names");
		assertThat(taggings(post)).isZero();
		List<String> tenTwice = new ArrayList<>(eleven.subList(0, 10));
		tenTwice.addAll(eleven.subList(0, 10).stream().map(String::toUpperCase).toList());
		setTags(author, post, tenTwice).path("setPostTags.tags").entityList(Object.class).hasSize(10);
		setTags(author, post, List.of("y".repeat(32))).path("setPostTags.tags").entityList(Object.class).hasSize(1);
	}

	@Test
	void shouldPageATagsPostsNewestFirstWithTheirCount() {
		long author = data.author("tagpages");
		String name = TestData.unique("paged");
		long tag = data.tag(name);
		for (int i = 0; i < 5; i++) {
			data.tagPost(data.post(author, "Paged " + i, NOON.plusMinutes(i)), tag);
		}

		GraphQlTester.Response first = tagByName(name).variable("first", 3).execute();
		first.path("tag.posts.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("Paged 4", "Paged 3", "Paged 2");
		first.path("tag.posts.totalCount").entity(Integer.class).isEqualTo(5);
		first.path("tag.posts.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String after = first.path("tag.posts.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response second = tagByName(name).variable("first", 3).variable("after", after).execute();
		second.path("tag.posts.edges[*].node.title").entityList(String.class).containsExactly("Paged 1", "Paged 0");
		second.path("tag.posts.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void shouldFindATagByNameAndByIdAndNothingForAnUnknownName() {
		String name = TestData.unique("found");
		long tag = data.tag(name);
		String id = tagByName(name).execute().path("tag.id").entity(String.class).get();

		graphQl.documentName("nodeById")
			.variable("id", id)
			.execute()
			.path("node.name")
			.entity(String.class)
			.isEqualTo(name);
		assertThat(id).isEqualTo(GlobalId.encode("Tag", tag));
		tagByName(TestData.unique("missing")).execute().path("tag").valueIsNull();
	}

	@Test
	void shouldListEveryTagOnceByNameAcrossPages() {
		String prefix = TestData.unique("listed").toLowerCase();
		List<String> mine = List.of(prefix + "_c", prefix + "_a", prefix + "_b");
		mine.forEach(data::tag);
		List<String> seen = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			GraphQlTester.Response page = graphQl.documentName("tagsPage")
				.variable("first", 100)
				.variable("after", after)
				.execute();
			seen.addAll(page.path("tags.edges[*].node.name").entityList(String.class).get());
			more = page.path("tags.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("tags.pageInfo.endCursor").entity(String.class).get();
			page.path("tags.totalCount")
				.entity(Integer.class)
				.satisfies(count -> assertThat(count).isGreaterThanOrEqualTo(3));
		}

		assertThat(seen).doesNotHaveDuplicates();
		assertThat(seen.stream().filter(name -> name.startsWith(prefix))).containsExactly(prefix + "_a", prefix + "_b",
				prefix + "_c");
	}

	private GraphQlTester.Response setTags(SignedIn viewer, long post, List<String> names) {
		return Accounts.as(graphQl, viewer.token())
			.documentName("setPostTags")
			.variable("postId", TestData.postId(post))
			.variable("names", names)
			.execute();
	}

	private GraphQlTester.Request<?> tagByName(String name) {
		return graphQl.documentName("tagByName").variable("name", name);
	}

	private long taggings(long post) {
		return data.jdbc().queryForObject("select count(*) from post_tag where post_id = ?", Long.class, post);
	}

}
