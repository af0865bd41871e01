package dev.inkwell.post;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Keyset paging walks a whole list, newest first, without duplicates or gaps. */
@InkwellIntegrationTest
class PostPagingIntegrationTests {

	private static final OffsetDateTime NOON = OffsetDateTime.of(2200, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC);

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	TestData data;

	@Test
	void shouldPageThroughAllPostsNewestFirstWithoutDuplicatesOrGaps() {
		long author = data.author("paging");
		// Ties on created_at: the id decides, so the order is total and cursors never
		// skip a row.
		for (int i = 0; i < 12; i++) {
			data.post(author, "Tied " + i, NOON);
		}
		List<String> expected = data.jdbc()
			.queryForList("select id from post order by created_at desc, id desc", Long.class)
			.stream()
			.map(TestData::postId)
			.toList();

		List<String> paged = pageThrough("postsPage", Map.of(), "posts", 7);

		assertThat(paged).containsExactlyElementsOf(expected);
	}

	@Test
	void shouldGiveEveryPostOfEveryPageItsOwnAuthorWhenAuthorsAreJoined() {
		long first = data.author("joinedfirst");
		long second = data.author("joinedsecond");
		for (int i = 0; i < 9; i++) {
			data.post(i % 3 == 0 ? first : second, "Joined " + i, NOON.plusYears(100).minusMinutes(i));
		}
		List<String> expected = data.jdbc().queryForList("""
				select a.username from post p join author a on a.id = p.author_id
				order by p.created_at desc, p.id desc limit 9""", String.class);

		List<String> usernames = new ArrayList<>();
		String after = null;
		for (int pageNumber = 0; pageNumber < 3; pageNumber++) {
			GraphQlTester.Response response = page("postsPageWithAuthors", Map.of(), 3, after);
			usernames.addAll(response.path("posts.edges[*].node.author.username").entityList(String.class).get());
			after = response.path("posts.pageInfo.endCursor").entity(String.class).get();
		}

		assertThat(usernames).containsExactlyElementsOf(expected).doesNotContainNull();
	}

	@Test
	void shouldPageThroughOneAuthorsPostsNewestFirst() {
		long author = data.author("ownpages");
		long other = data.author("otherpages");
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 23; i++) {
			ids.add(data.post(author, "Mine " + i, NOON.minusHours(i % 5)));
			data.post(other, "Not mine " + i, NOON.minusHours(i % 5));
		}
		List<String> expected = data.jdbc()
			.queryForList("select id from post where author_id = ? order by created_at desc, id desc", Long.class,
					author)
			.stream()
			.map(TestData::postId)
			.toList();

		List<String> paged = pageThrough("authorPostsPage", Map.of("id", TestData.authorId(author)), "author.posts", 5);

		assertThat(expected).hasSize(ids.size());
		assertThat(paged).containsExactlyElementsOf(expected);
	}

	@Test
	void shouldPageThroughAllAuthorsInAccountOrder() {
		for (int i = 0; i < 3; i++) {
			data.author("authorpages");
		}
		List<String> expected = data.jdbc()
			.queryForList("select id from author order by id", Long.class)
			.stream()
			.map(TestData::authorId)
			.toList();

		List<String> paged = pageThrough("authorsPage", Map.of(), "authors", 4);

		assertThat(paged).containsExactlyElementsOf(expected);
	}

	@Test
	void shouldTellWhetherPagesExistBeforeAndAfter() {
		long author = data.author("pageinfo");
		for (int i = 0; i < 3; i++) {
			data.post(author, "Info " + i, NOON.minusDays(i));
		}
		GraphQlTester.Response first = page("authorPostsPage", Map.of("id", TestData.authorId(author)), 2, null);
		first.path("author.posts.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		first.path("author.posts.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
		first.path("author.posts.totalCount").entity(Integer.class).isEqualTo(3);
		String endCursor = first.path("author.posts.pageInfo.endCursor").entity(String.class).get();

		GraphQlTester.Response last = page("authorPostsPage", Map.of("id", TestData.authorId(author)), 2, endCursor);
		last.path("author.posts.edges").entityList(Object.class).hasSize(1);
		last.path("author.posts.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		last.path("author.posts.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void shouldUseTwentyAsTheDefaultPageSize() {
		long author = data.author("defaultsize");
		for (int i = 0; i < 25; i++) {
			data.post(author, "Default " + i, NOON.minusMinutes(i));
		}
		page("authorPostsPage", Map.of("id", TestData.authorId(author)), null, null).path("author.posts.edges")
			.entityList(Object.class)
			.hasSize(20);
	}

	private List<String> pageThrough(String document, Map<String, Object> variables, String connection, int pageSize) {
		List<String> ids = new ArrayList<>();
		String after = null;
		boolean hasNextPage = true;
		while (hasNextPage) {
			GraphQlTester.Response response = page(document, variables, pageSize, after);
			ids.addAll(response.path(connection + ".edges[*].node.id").entityList(String.class).get());
			hasNextPage = response.path(connection + ".pageInfo.hasNextPage").entity(Boolean.class).get();
			if (hasNextPage) {
				after = response.path(connection + ".pageInfo.endCursor").entity(String.class).get();
			}
		}
		return ids;
	}

	private GraphQlTester.Response page(String document, Map<String, Object> variables, Integer first, String after) {
		GraphQlTester.Request<?> request = graphQl.documentName(document)
			.variable("first", first)
			.variable("after", after);
		variables.forEach(request::variable);
		return request.execute();
	}

}
