package dev.inkwell.comment;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
 * Writing comments: who may, what is accepted, threads keep their shape, counters stay
 * exact.
 */
@InkwellIntegrationTest
class CommentMutationIntegrationTests {

	private static final OffsetDateTime WRITTEN = OffsetDateTime.of(2140, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Accounts accounts;

	@Autowired
	TestData data;

	@Test
	void shouldAddACommentAndAReplyWithDepthAndCounters() {
		SignedIn viewer = accounts.user("commenter");
		String post = TestData.postId(data.post(data.author("host"), "Discuss", WRITTEN));

		GraphQlTester.Response top = add(viewer, post, null, "  First!  ");
		top.path("addComment.depth").entity(Integer.class).isEqualTo(0);
		top.path("addComment.author.id").entity(String.class).isEqualTo(viewer.id());
		top.path("addComment.body").entity(String.class).isEqualTo("  First!  ");
		top.path("addComment.post.commentCount").entity(Integer.class).isEqualTo(1);
		top.path("addComment.parent").valueIsNull();
		String topId = top.path("addComment.id").entity(String.class).get();

		GraphQlTester.Response reply = add(viewer, post, topId, "A reply");
		reply.path("addComment.depth").entity(Integer.class).isEqualTo(1);
		reply.path("addComment.parent.id").entity(String.class).isEqualTo(topId);
		reply.path("addComment.parent.replyCount").entity(Integer.class).isEqualTo(1);
		reply.path("addComment.post.commentCount").entity(Integer.class).isEqualTo(2);
	}

	@Test
	void shouldRefuseCommentsFromAnonymousOrOnWhatIsNotThere() {
		SignedIn viewer = accounts.user("refused");
		long author = data.author("refusedhost");
		String post = TestData.postId(data.post(author, "Here", WRITTEN));
		String otherPostsComment = TestData
			.commentId(data.comment(data.post(author, "There", WRITTEN), author, null, WRITTEN));

		assertSingleError(graphQl.documentName("addComment").variable("postId", post).variable("body", "Hi").execute(),
				"UNAUTHENTICATED", ErrorType.UNAUTHORIZED);
		assertSingleError(add(viewer, TestData.postId(Long.MAX_VALUE), null, "Hi"), "NOT_FOUND", ErrorType.NOT_FOUND);
		assertSingleError(add(viewer, "not-an-id", null, "Hi"), "BAD_USER_INPUT", ErrorType.BAD_REQUEST);
		assertSingleError(add(viewer, post, otherPostsComment, "Hi"), "BAD_USER_INPUT", ErrorType.BAD_REQUEST);
		assertFieldError(add(viewer, post, null, "   "), "BAD_USER_INPUT", "body");
		assertFieldError(add(viewer, post, null, "x".repeat(20_001)), "BAD_USER_INPUT", "body");

		assertThat(data.jdbc()
			.queryForObject("select count(*) from comment where author_id = ?", Integer.class, viewer.authorId()))
			.isZero();
	}

	@Test
	void shouldLetOnlyTheAuthorEditFromTheCurrentVersion() {
		SignedIn author = accounts.user("editor");
		SignedIn other = accounts.user("meddler");
		String post = TestData.postId(data.post(author.authorId(), "Edits", WRITTEN));
		GraphQlTester.Response added = add(author, post, null, "Draft");
		String id = added.path("addComment.id").entity(String.class).get();
		int read = added.path("addComment.version").entity(Integer.class).get();

		edit(author, id, read, "Final").path("editComment.version")
			.entity(Integer.class)
			.isEqualTo(read + 1)
			.path("editComment.body")
			.entity(String.class)
			.isEqualTo("Final");
		GraphQlTester.Response stale = edit(author, id, read, "Lost?");
		assertSingleError(stale, "CONFLICT", ErrorType.BAD_REQUEST);
		stale.errors()
			.satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("currentVersion", read + 1));
		assertSingleError(edit(other, id, read + 1, "Mine now"), "FORBIDDEN", ErrorType.FORBIDDEN);
		graphQl.document("query body($id: ID!) { comment(id: $id) { body } }")
			.variable("id", id)
			.execute()
			.path("comment.body")
			.entity(String.class)
			.isEqualTo("Final");
	}

	@Test
	void shouldKeepADeletedCommentsPlaceAndReplies() {
		SignedIn author = accounts.user("deleter");
		SignedIn replier = accounts.user("replier");
		long postRow = data.post(author.authorId(), "Deleting", WRITTEN);
		String post = TestData.postId(postRow);
		String top = add(author, post, null, "Regrettable").path("addComment.id").entity(String.class).get();
		String reply = add(replier, post, top, "Indeed").path("addComment.id").entity(String.class).get();

		assertSingleError(delete(replier, top), "FORBIDDEN", ErrorType.FORBIDDEN);
		delete(author, top).path("deleteComment.deleted")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("deleteComment.body")
			.entity(String.class)
			.isEqualTo("")
			.path("deleteComment.replyCount")
			.entity(Integer.class)
			.isEqualTo(1);
		delete(author, top).path("deleteComment.deleted").entity(Boolean.class).isEqualTo(true);

		graphQl.documentName("postThread")
			.variable("id", post)
			.execute()
			.path("post.thread.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(top, reply)
			.path("post.commentCount")
			.entity(Integer.class)
			.isEqualTo(2);
		assertThat(data.jdbc()
			.queryForObject("select body from comment where id = (select min(id) from comment where post_id = ?)",
					String.class, postRow))
			.isEmpty();
	}

	@Test
	void shouldLetModeratorsHideAndShowAnyComment() {
		SignedIn author = accounts.user("hidden");
		SignedIn moderator = accounts.withRole("moderator", "MODERATOR");
		String post = TestData.postId(data.post(author.authorId(), "Moderated", WRITTEN));
		String id = add(author, post, null, "Spam?").path("addComment.id").entity(String.class).get();

		assertSingleError(as(author).documentName("hideComment").variable("id", id).execute(), "FORBIDDEN",
				ErrorType.FORBIDDEN);
		as(moderator).documentName("hideComment")
			.variable("id", id)
			.execute()
			.path("hideComment.hidden")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("hideComment.body")
			.entity(String.class)
			.isEqualTo("");
		as(moderator).documentName("unhideComment")
			.variable("id", id)
			.execute()
			.path("unhideComment.hidden")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("unhideComment.body")
			.entity(String.class)
			.isEqualTo("Spam?");
	}

	@Test
	void shouldLoseNoCommentAndKeepCountersExactUnderConcurrentWrites() throws Exception {
		long host = data.author("busyhost");
		long postRow = data.post(host, "Busy", WRITTEN);
		String post = TestData.postId(postRow);
		SignedIn first = accounts.user("racer");
		String top = add(first, post, null, "Go").path("addComment.id").entity(String.class).get();
		ExecutorService writers = Executors.newFixedThreadPool(8);
		List<Future<List<String>>> done = new ArrayList<>();
		for (int w = 0; w < 8; w++) {
			SignedIn writer = accounts.user("racer");
			done.add(writers.submit(() -> {
				List<String> ids = new ArrayList<>();
				for (int i = 0; i < 10; i++) {
					ids.add(add(writer, post, i % 2 == 0 ? top : null, "Comment " + i).path("addComment.id")
						.entity(String.class)
						.get());
				}
				return ids;
			}));
		}
		List<String> written = new ArrayList<>();
		for (Future<List<String>> writer : done) {
			written.addAll(writer.get());
		}
		writers.shutdown();

		assertThat(written).hasSize(80).doesNotHaveDuplicates();
		assertThat(data.jdbc().queryForObject("select comment_count from post where id = ?", Integer.class, postRow))
			.isEqualTo(data.jdbc()
				.queryForObject("select count(*) from comment where post_id = ?", Integer.class, postRow))
			.isEqualTo(81);
		assertThat(data.jdbc()
			.queryForObject(
					"select reply_count from comment where post_id = ? and parent_id is null order by id limit 1",
					Integer.class, postRow))
			.isEqualTo(40);
	}

	private HttpGraphQlTester as(SignedIn viewer) {
		return Accounts.as(graphQl, viewer.token());
	}

	private GraphQlTester.Response add(SignedIn viewer, String post, String parent, String body) {
		return as(viewer).documentName("addComment")
			.variable("postId", post)
			.variable("parentId", parent)
			.variable("body", body)
			.execute();
	}

	private GraphQlTester.Response edit(SignedIn viewer, String id, int version, String body) {
		return as(viewer).documentName("editComment")
			.variable("id", id)
			.variable("version", version)
			.variable("body", body)
			.execute();
	}

	private GraphQlTester.Response delete(SignedIn viewer, String id) {
		return as(viewer).documentName("deleteComment").variable("id", id).execute();
	}

}
