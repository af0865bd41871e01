package dev.inkwell.live;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dev.inkwell.support.Accounts;
import dev.inkwell.support.Accounts.SignedIn;
import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static dev.inkwell.support.TestData.commentId;
import static dev.inkwell.support.TestData.postId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subscription.commentEvents and postEvents on one instance: kinds, visibility, resume,
 * errors, both transports.
 */
@InkwellIntegrationTest
class LiveIntegrationTests {

	static final String COMMENTS = Documents.named("commentEvents");

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	Accounts accounts;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	EventHub hub;

	@Test
	void shouldPushEachChangeOfAPostsCommentsInOrderOverGraphqlWs() throws Exception {
		SignedIn writer = accounts.user("live_writer");
		long post = data.post(writer.authorId(), "Live", OffsetDateTime.now());
		try (LiveClient client = LiveClient.socket(port, null)) {
			client.subscribe("1", COMMENTS, Map.of("postId", postId(post)));
			awaitListening(client, post);

			HttpGraphQlTester asWriter = Accounts.as(graphQl, writer.token());
			var added = asWriter.documentName("addComment")
				.variable("postId", postId(post))
				.variable("body", "first words")
				.execute();
			String id = added.path("addComment.id").entity(String.class).get();
			int version = added.path("addComment.version").entity(Integer.class).get();
			asWriter.documentName("editComment")
				.variable("id", id)
				.variable("version", version)
				.variable("body", "better words")
				.execute()
				.path("editComment.body")
				.entity(String.class)
				.isEqualTo("better words");
			asWriter.documentName("deleteComment")
				.variable("id", id)
				.execute()
				.path("deleteComment.deleted")
				.hasValue();

			List<JsonNode> events = events(client.next(3));
			assertThat(events).extracting(event -> event.path("kind").asString())
				.containsExactly("ADDED", "EDITED", "DELETED");
			assertThat(events).extracting(event -> event.path("comment").path("id").asString()).containsOnly(id);
			assertThat(events).extracting(event -> event.path("comment").path("body").asString())
				.containsExactly("first words", "better words", "");
		}
	}

	@Test
	void shouldPushACommentInsertedWithPlainSql() throws Exception {
		long author = data.author("live_sql");
		long post = data.post(author, "Plain SQL", OffsetDateTime.now());
		try (LiveClient client = LiveClient.socket(port, null)) {
			client.subscribe("1", COMMENTS, Map.of("postId", postId(post)));
			awaitListening(client, post);

			long comment = data.comment(post, author, null, OffsetDateTime.now());

			JsonNode event = events(client.next(1)).get(0);
			assertThat(event.path("kind").asString()).isEqualTo("ADDED");
			assertThat(event.path("comment").path("id").asString()).isEqualTo(commentId(comment));
		}
	}

	@Test
	void shouldPushHiddenCommentsToModeratorsOnlyAndShowThemAgainToReaders() throws Exception {
		long author = data.author("live_hidden");
		long post = data.post(author, "Moderated", OffsetDateTime.now());
		SignedIn moderator = accounts.withRole("live_moderator", "MODERATOR");
		SignedIn reader = accounts.user("live_reader");
		try (LiveClient readers = LiveClient.socket(port, reader.token());
				LiveClient moderators = LiveClient.socket(port, moderator.token())) {
			readers.subscribe("r", COMMENTS, Map.of("postId", postId(post)));
			moderators.subscribe("m", COMMENTS, Map.of("postId", postId(post)));
			LiveTestSupport.awaitSubscribers(hub, new Subscriber.Interest(Event.Topic.COMMENT, post), 2);

			long comment = data.comment(post, author, null, OffsetDateTime.now());
			Accounts.as(graphQl, moderator.token())
				.documentName("hideComment")
				.variable("id", commentId(comment))
				.execute();
			Accounts.as(graphQl, moderator.token())
				.documentName("unhideComment")
				.variable("id", commentId(comment))
				.execute();
			// A last comment marks the end: a reader's HIDDEN would have come before it.
			long marker = data.comment(post, author, null, OffsetDateTime.now());

			assertThat(kindsAndIds(readers.next(3))).containsExactly("ADDED " + commentId(comment),
					"SHOWN " + commentId(comment), "ADDED " + commentId(marker));
			assertThat(kindsAndIds(moderators.next(4))).containsExactly("ADDED " + commentId(comment),
					"HIDDEN " + commentId(comment), "SHOWN " + commentId(comment), "ADDED " + commentId(marker));
		}
	}

	@Test
	void shouldResumeAfterACursorWithWhatWasMissedInOrderOnceThenLiveEvents() throws Exception {
		long author = data.author("live_resume");
		long post = data.post(author, "Resumed", OffsetDateTime.now());
		String cursor;
		try (LiveClient first = LiveClient.socket(port, null)) {
			first.subscribe("1", COMMENTS, Map.of("postId", postId(post)));
			awaitListening(first, post);
			data.comment(post, author, null, OffsetDateTime.now());
			cursor = events(first.next(1)).get(0).path("cursor").asString();
		}
		long missed1 = data.comment(post, author, null, OffsetDateTime.now());
		long missed2 = data.comment(post, author, null, OffsetDateTime.now());
		try (LiveClient resumed = LiveClient.socket(port, null)) {
			resumed.subscribe("1", COMMENTS, Map.of("postId", postId(post), "after", cursor));
			List<String> caughtUp = kindsAndIds(resumed.next(2));
			long live = data.comment(post, author, null, OffsetDateTime.now());

			assertThat(caughtUp).containsExactly("ADDED " + commentId(missed1), "ADDED " + commentId(missed2));
			assertThat(kindsAndIds(resumed.next(1))).containsExactly("ADDED " + commentId(live));
		}
	}

	@Test
	void shouldServeCommentEventsOverSse() throws Exception {
		long author = data.author("live_sse");
		long post = data.post(author, "Streamed", OffsetDateTime.now());
		String before = cursorOfNewEvent(post, author);
		long comment = data.comment(post, author, null, OffsetDateTime.now());
		try (LiveClient stream = LiveClient.sse(port, null, COMMENTS,
				Map.of("postId", postId(post), "after", before))) {
			JsonNode message = stream.next(1).get(0);

			assertThat(message.path("status").asInt()).isEqualTo(200);
			assertThat(message.path("type").asString()).isEqualTo("next");
			JsonNode event = message.path("payload").path("data").path("commentEvents");
			assertThat(event.path("kind").asString()).isEqualTo("ADDED");
			assertThat(event.path("comment").path("id").asString()).isEqualTo(commentId(comment));
		}
	}

	@Test
	void shouldResolveTheAuthorAndPostOfAnEventsComment() throws Exception {
		long author = data.author("live_nested");
		long post = data.post(author, "Nested", OffsetDateTime.now());
		try (LiveClient client = LiveClient.socket(port, null)) {
			client.subscribe("1", Documents.named("commentEventsWithAuthor"), Map.of("postId", postId(post)));
			awaitListening(client, post);
			data.comment(post, author, null, OffsetDateTime.now());

			JsonNode comment = events(client.next(1)).get(0).path("comment");
			assertThat(comment.path("author").path("username").asString()).isEqualTo(data.username(author));
			assertThat(comment.path("post").path("id").asString()).isEqualTo(postId(post));
		}
	}

	@Test
	void shouldPushAHiddenCommentToAModeratorSignedInOverSse() throws Exception {
		long author = data.author("live_sse_hidden");
		long post = data.post(author, "Moderated stream", OffsetDateTime.now());
		SignedIn moderator = accounts.withRole("live_sse_moderator", "MODERATOR");
		String before = cursorOfNewEvent(post, author);
		long comment = data.comment(post, author, null, OffsetDateTime.now());
		data.jdbc().update("update comment set hidden_at = now() where id = ?", comment);
		try (LiveClient stream = LiveClient.sse(port, moderator.token(), COMMENTS,
				Map.of("postId", postId(post), "after", before))) {
			List<String> kinds = stream.next(2)
				.stream()
				.map(message -> message.path("payload").path("data").path("commentEvents").path("kind").asString())
				.toList();

			assertThat(kinds).containsExactly("ADDED", "HIDDEN");
		}
	}

	@Test
	void shouldPushPostsOfOneAuthorOrOfAnyone() throws Exception {
		long author = data.author("live_posts");
		long other = data.author("live_other");
		try (LiveClient client = LiveClient.socket(port, null)) {
			client.subscribe("one", Documents.named("postEvents"), Map.of("authorId", TestData.authorId(author)));
			client.subscribe("any", Documents.named("postEvents"), Map.of());
			LiveTestSupport.awaitSubscribers(hub, new Subscriber.Interest(Event.Topic.POST, author), 1);
			LiveTestSupport.awaitSubscribers(hub, new Subscriber.Interest(Event.Topic.POST, null), 1);
			long first = data.post(other, "By another", OffsetDateTime.now());
			long second = data.post(author, "By the author", OffsetDateTime.now());
			data.jdbc().update("update post set title = 'Retitled' where id = ?", second);

			// Messages of the two subscriptions interleave: sort them out by id.
			List<JsonNode> messages = client.next(5);
			assertThat(postsOf(messages, "one")).containsExactly("ADDED " + postId(second), "EDITED " + postId(second));
			assertThat(postsOf(messages, "any")).containsSubsequence("ADDED " + postId(first),
					"ADDED " + postId(second), "EDITED " + postId(second));
		}
	}

	@Test
	void shouldAnswerAnUnknownPostWithNotFoundOverBothTransports() throws Exception {
		String missing = postId(Long.MAX_VALUE);
		try (LiveClient client = LiveClient.socket(port, null)) {
			client.subscribe("1", COMMENTS, Map.of("postId", missing));
			JsonNode error = client.next();

			assertThat(error.path("type").asString()).isEqualTo("error");
			assertThat(error.path("payload").get(0).path("extensions").path("code").asString()).isEqualTo("NOT_FOUND");
			assertThat(error.path("payload").get(0).path("path").get(0).asString()).isEqualTo("commentEvents");
		}
		try (LiveClient stream = LiveClient.sse(port, null, COMMENTS, Map.of("postId", missing))) {
			List<JsonNode> messages = stream.next(2);

			assertThat(messages.get(0).path("payload").path("errors").get(0).path("extensions").path("code").asString())
				.isEqualTo("NOT_FOUND");
			assertThat(messages.get(1).path("type").asString()).isEqualTo("complete");
		}
	}

	@Test
	void shouldRefuseACursorItDidNotWrite() throws Exception {
		long author = data.author("live_cursor");
		long post = data.post(author, "Cursor", OffsetDateTime.now());
		try (LiveClient client = LiveClient.socket(port, null)) {
			client.subscribe("1", COMMENTS, Map.of("postId", postId(post), "after", "bm90LWEtY3Vyc29y"));
			JsonNode error = client.next();

			assertThat(error.path("type").asString()).isEqualTo("error");
			assertThat(error.path("payload").get(0).path("extensions").path("code").asString())
				.isEqualTo("BAD_USER_INPUT");
			assertThat(error.path("payload").get(0).path("extensions").path("argument").asString()).isEqualTo("after");
		}
	}

	@Test
	void shouldReportACursorOlderThanTheRetentionAsExpired() throws Exception {
		long author = data.author("live_expired");
		long post = data.post(author, "Expired", OffsetDateTime.now());
		String old = cursorOfNewEvent(post, author);
		cursorOfNewEvent(post, author);
		// Prune as the listener does, with a retention of nothing: every event so far is
		// gone.
		data.jdbc().update(OutboxListener.PRUNE, 0L);
		try (LiveClient client = LiveClient.socket(port, null)) {
			client.subscribe("1", COMMENTS, Map.of("postId", postId(post), "after", old));
			JsonNode error = client.next();

			assertThat(error.path("type").asString()).isEqualTo("error");
			assertThat(error.path("payload").get(0).path("extensions").path("code").asString())
				.isEqualTo("EVENTS_EXPIRED");
		}
	}

	/**
	 * A comment written and seen by a subscriber, whose cursor is returned: the listener
	 * has read past it.
	 */
	private String cursorOfNewEvent(long post, long author) throws Exception {
		try (LiveClient client = LiveClient.socket(port, null)) {
			client.subscribe("1", COMMENTS, Map.of("postId", postId(post)));
			awaitListening(client, post);
			data.comment(post, author, null, OffsetDateTime.now());
			return events(client.next(1)).get(0).path("cursor").asString();
		}
	}

	/**
	 * A subscription is live once the server has registered it, which the client cannot
	 * see; a subscriber that starts with {@code after:} is exact from its first message,
	 * so tests that need "subscribed, now write" wait for the registration on the server
	 * instead.
	 */
	private void awaitListening(LiveClient client, long post) throws InterruptedException {
		LiveTestSupport.awaitSubscribers(hub, new Subscriber.Interest(Event.Topic.COMMENT, post), 1);
	}

	static List<JsonNode> events(List<JsonNode> messages) {
		return messages.stream().map(message -> {
			assertThat(message.path("type").asString()).as("message %s", message).isEqualTo("next");
			return message.path("payload").path("data").path("commentEvents");
		}).toList();
	}

	static List<String> kindsAndIds(List<JsonNode> messages) {
		return events(messages).stream()
			.map(event -> event.path("kind").asString() + " " + event.path("comment").path("id").asString())
			.toList();
	}

	private static List<String> postsOf(List<JsonNode> messages, String subscription) {
		return messages.stream()
			.filter(message -> message.path("id").asString().equals(subscription))
			.map(message -> message.path("payload").path("data").path("postEvents"))
			.map(event -> event.path("kind").asString() + " " + event.path("post").path("id").asString())
			.toList();
	}

}
