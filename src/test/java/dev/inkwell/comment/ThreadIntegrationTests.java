package dev.inkwell.comment;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.StatementCounter;
import dev.inkwell.support.StatementCounter.Counted;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Post.thread and Comment.thread: reading order, depth, paging and limits, one statement
 * per thread level.
 */
@InkwellIntegrationTest
class ThreadIntegrationTests {

	private static final OffsetDateTime START = OffsetDateTime.of(2150, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	StatementCounter counter;

	@Autowired
	TestData data;

	@Test
	void shouldListEveryCommentDepthFirstWithSiblingsOldestFirst() {
		long post = randomThread(300, new Random(7));

		List<String> served = readingOrder(thread(post, null, 1000, null));

		assertThat(served).hasSize(300).containsExactlyElementsOf(expectedReadingOrder(post));
	}

	@Test
	void shouldPageThroughAThreadAsIfReadingItWhole() {
		long post = randomThread(120, new Random(11));
		List<String> whole = thread(post, null, 1000, null).path("post.thread.edges[*].node.id")
			.entityList(String.class)
			.get();

		List<String> paged = new ArrayList<>();
		String after = null;
		boolean hasNextPage = true;
		while (hasNextPage) {
			GraphQlTester.Response page = thread(post, null, 17, after);
			paged.addAll(page.path("post.thread.edges[*].node.id").entityList(String.class).get());
			hasNextPage = page.path("post.thread.pageInfo.hasNextPage").entity(Boolean.class).get();
			if (hasNextPage) {
				after = page.path("post.thread.pageInfo.endCursor").entity(String.class).get();
			}
		}

		assertThat(paged).hasSize(120).containsExactlyElementsOf(whole);
	}

	@Test
	void shouldLeaveOutCommentsBelowMaxDepthAndSaySo() {
		long post = chain(6);

		GraphQlTester.Response cut = thread(post, 2, null, null);
		cut.path("post.thread.edges[*].depth").entityList(Integer.class).containsExactly(0, 1, 2);
		cut.path("post.thread.truncatedByDepth").entity(Boolean.class).isEqualTo(true);

		GraphQlTester.Response whole = thread(post, 5, null, null);
		whole.path("post.thread.edges[*].depth").entityList(Integer.class).containsExactly(0, 1, 2, 3, 4, 5);
		whole.path("post.thread.truncatedByDepth").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void shouldServeAFiveThousandCommentThreadTwoHundredDeepInOneStatement() {
		long author = data.author("bigthread");
		long post = data.post(author, "Big thread", START);
		// 200 comments in one chain, then 4,800 replies spread over the chain, all
		// set-based.
		data.jdbc().update("""
				do $$
				declare parent bigint := null;
				begin
				  for i in 1..200 loop
				    insert into comment (post_id, author_id, parent_id, body, created_at, updated_at)
				    values (%1$d, %2$d, parent, 'chain ' || i, timestamptz '2150-01-01' + i * interval '1 minute',
				            timestamptz '2150-01-01' + i * interval '1 minute')
				    returning id into parent;
				  end loop;
				end $$
				""".formatted(post, author));
		data.jdbc()
			.update("""
					insert into comment (post_id, author_id, parent_id, body, created_at, updated_at)
					select ?, ?, chain.id, 'reply ' || n, chain.created_at + n * interval '1 second', chain.created_at + n * interval '1 second'
					from generate_series(1, 4800) n
					join lateral (select id, created_at from comment where post_id = ? order by id offset (n % 200) limit 1) chain on true
					""",
					post, author, post);

		// The answer is about 1 MB: more than the test client buffers by default.
		HttpGraphQlTester largeAnswers = graphQl.mutate()
			.webTestClient(client -> client.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)))
			.build();
		Counted<List<Integer>> depths = counter.count(() -> largeAnswers.documentName("postThread")
			.variable("id", TestData.postId(post))
			.variable("first", 5000)
			.execute()
			.path("post.thread.edges[*].depth")
			.entityList(Integer.class)
			.get());

		assertThat(depths.result()).hasSize(5000);
		assertThat(depths.result().stream().mapToInt(Integer::intValue).max()).hasValue(200);
		// One statement for the post, one WITH RECURSIVE for all 5,000 comments.
		assertThat(depths.statements()).hasSize(2);
		assertThat(depths.statements().get(1)).containsIgnoringCase("with recursive");
	}

	@Test
	void shouldReadTheAuthorsOfAThreadInTheSameStatement() {
		long host = data.author("threadhost");
		long post = data.post(host, "Voices", START);
		List<Long> voices = List.of(data.author("voice"), data.author("voice"), data.author("voice"));
		Long parent = null;
		for (int i = 0; i < 30; i++) {
			parent = data.comment(post, voices.get(i % 3), i % 4 == 0 ? null : parent, START.plusMinutes(i));
		}
		List<String> expected = data.jdbc().queryForList("""
				select a.username from comment c join author a on a.id = c.author_id where c.post_id = ? order by c.id
				""", String.class, post);

		Counted<List<String>> usernames = counter.count(() -> graphQl.documentName("postThreadWithAuthors")
			.variable("id", TestData.postId(post))
			.execute()
			.path("post.thread.edges[*].node.author.username")
			.entityList(String.class)
			.get());

		// This thread's reading order is its insertion order: every reply follows its
		// parent at once.
		assertThat(usernames.result()).containsExactlyElementsOf(expected);
		assertThat(usernames.statements()).hasSize(2);
	}

	@Test
	void shouldReadASubThreadAsTheSliceOfThePostsThreadBelowAComment() {
		long post = randomThread(150, new Random(3));
		GraphQlTester.Response response = thread(post, null, 1000, null);
		List<String> ids = response.path("post.thread.edges[*].node.id").entityList(String.class).get();
		List<Integer> depths = response.path("post.thread.edges[*].depth").entityList(Integer.class).get();
		int start = indexOfFirstNestedReplyWithReplies(depths);
		int end = start + 1;
		while (end < depths.size() && depths.get(end) > depths.get(start)) {
			end++;
		}

		graphQl.documentName("commentThread")
			.variable("id", ids.get(start))
			.execute()
			.path("comment.thread.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(ids.subList(start, end).toArray(String[]::new));
	}

	@Test
	void shouldRefuseTheCursorOfAnotherThread() {
		long first = randomThread(5, new Random(1));
		long second = randomThread(5, new Random(2));
		String cursor = thread(first, null, 2, null).path("post.thread.pageInfo.endCursor").entity(String.class).get();

		thread(second, null, 2, cursor).errors()
			.expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST
					&& "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
					&& error.getPath().equals("post.thread"))
			.verify();
	}

	private GraphQlTester.Response thread(long post, Integer maxDepth, Integer first, String after) {
		return graphQl.documentName("postThread")
			.variable("id", TestData.postId(post))
			.variable("maxDepth", maxDepth)
			.variable("first", first)
			.variable("after", after)
			.execute();
	}

	/**
	 * A post with {@code size} comments: each a reply to a random earlier one or
	 * top-level, at random times with ties.
	 */
	private long randomThread(int size, Random random) {
		long author = data.author("thread");
		long post = data.post(author, "Thread", START);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			Long parent = ids.isEmpty() || random.nextInt(4) == 0 ? null : ids.get(random.nextInt(ids.size()));
			// Few distinct times: many siblings tie on created_at and are ordered by id.
			ids.add(data.comment(post, author, parent, START.plusMinutes(random.nextInt(40))));
		}
		return post;
	}

	private long chain(int length) {
		long author = data.author("chain");
		long post = data.post(author, "Chain", START);
		Long parent = null;
		for (int i = 0; i < length; i++) {
			parent = data.comment(post, author, parent, START.plusMinutes(i));
		}
		return post;
	}

	/**
	 * The reading order computed in Java from the rows: "id@depth", depth-first, siblings
	 * by (created_at, id).
	 */
	private List<String> expectedReadingOrder(long post) {
		List<Row> rows = data.jdbc()
			.query("select id, parent_id, created_at from comment where post_id = ?",
					(rs, n) -> new Row(rs.getLong("id"), rs.getObject("parent_id", Long.class),
							rs.getObject("created_at", OffsetDateTime.class)),
					post);
		Map<Long, List<Row>> children = new HashMap<>();
		rows.forEach(row -> children.computeIfAbsent(row.parent() == null ? 0L : row.parent(), key -> new ArrayList<>())
			.add(row));
		children.values().forEach(list -> list.sort(Comparator.comparing(Row::createdAt).thenComparing(Row::id)));
		List<String> order = new ArrayList<>();
		visit(0L, 0, children, order);
		return order;
	}

	private static void visit(long parent, int depth, Map<Long, List<Row>> children, List<String> order) {
		for (Row child : children.getOrDefault(parent, List.of())) {
			order.add(TestData.commentId(child.id()) + "@" + depth);
			visit(child.id(), depth + 1, children, order);
		}
	}

	private static List<String> readingOrder(GraphQlTester.Response response) {
		List<String> ids = response.path("post.thread.edges[*].node.id").entityList(String.class).get();
		List<Integer> depths = response.path("post.thread.edges[*].depth").entityList(Integer.class).get();
		List<String> order = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			order.add(ids.get(i) + "@" + depths.get(i));
		}
		return order;
	}

	private static int indexOfFirstNestedReplyWithReplies(List<Integer> depths) {
		for (int i = 0; i + 1 < depths.size(); i++) {
			if (depths.get(i) > 0 && depths.get(i + 1) > depths.get(i)) {
				return i;
			}
		}
		throw new IllegalStateException("the arranged thread has no nested reply with replies");
	}

	private record Row(long id, Long parent, OffsetDateTime createdAt) {
	}

}
