package dev.inkwell.live;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.inkwell.support.Accounts;
import dev.inkwell.support.Accounts.SignedIn;
import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.StatementCounter;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.inkwell.support.TestData.postId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subscriptions multiplexed (ADR 040): subscribers of the same document and audience get
 * each event executed once and the same payload; other audiences get their own.
 */
@InkwellIntegrationTest
class MultiplexingIntegrationTests {

	static final String WITH_AUTHOR = Documents.named("commentEventsWithAuthor");

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	Accounts accounts;

	@Autowired
	EventHub hub;

	@Autowired
	LiveGroups groups;

	@Autowired
	StatementCounter counter;

	@Test
	void shouldExecuteEachEventOnceForAllSubscribersOfTheSameDocumentAndSendThemTheSamePayload() throws Exception {
		long post = data.post(data.author("mux_owner"), "Multiplexed", OffsetDateTime.now());
		List<Long> writers = List.of(data.author("mux_a"), data.author("mux_b"), data.author("mux_c"));
		List<LiveClient> clients = new ArrayList<>();
		try {
			// Three connections with two subscriptions each: six subscribers, one group.
			for (int i = 0; i < 3; i++) {
				LiveClient client = LiveClient.socket(port, null);
				clients.add(client);
				client.subscribe("1", WITH_AUTHOR, Map.of("postId", postId(post)));
				client.subscribe("2", WITH_AUTHOR, Map.of("postId", postId(post)));
			}
			LiveTestSupport.awaitSubscribers(hub, new Subscriber.Interest(Event.Topic.COMMENT, post), 6);
			long executionsBefore = groups.executions();

			List<List<JsonNode>> received = new ArrayList<>();
			List<String> statements = counter.statementsOf(() -> {
				writers.forEach(writer -> data.comment(post, writer, null, OffsetDateTime.now()));
				for (LiveClient client : clients) {
					try {
						received.add(client.next(6));
					}
					catch (InterruptedException ex) {
						throw new IllegalStateException(ex);
					}
				}
			});

			// Without multiplexing: 18 executions, and 18 reads of an author (one per
			// subscriber and event, each author new to every subscriber).
			assertThat(groups.executions() - executionsBefore).isEqualTo(3);
			assertThat(statements).filteredOn(sql -> sql.contains("from author a where a.id = any")).hasSize(3);
			List<JsonNode> payloads = received.stream()
				.flatMap(List::stream)
				.map(message -> message.path("payload"))
				.toList();
			assertThat(payloads).hasSize(18);
			assertThat(payloads.stream().distinct()).hasSize(3);
			assertThat(payloads.stream()
				.map(payload -> payload.path("data")
					.path("commentEvents")
					.path("comment")
					.path("author")
					.path("username")
					.asString())
				.distinct()).containsExactlyInAnyOrder(data.username(writers.get(0)), data.username(writers.get(1)),
						data.username(writers.get(2)));
		}
		finally {
			for (LiveClient client : clients) {
				client.close();
			}
		}
	}

	@Test
	void shouldGiveEachViewerTheFieldsOnlyItMaySee() throws Exception {
		SignedIn writer = accounts.user("mux_writer");
		SignedIn reader = accounts.user("mux_reader");
		long post = data.post(writer.authorId(), "Emails", OffsetDateTime.now());
		String document = Documents.named("commentEventsWithEmail");
		try (LiveClient writers = LiveClient.socket(port, writer.token());
				LiveClient readers = LiveClient.socket(port, reader.token());
				LiveClient anonymous = LiveClient.socket(port, null)) {
			writers.subscribe("1", document, Map.of("postId", postId(post)));
			readers.subscribe("1", document, Map.of("postId", postId(post)));
			anonymous.subscribe("1", document, Map.of("postId", postId(post)));
			LiveTestSupport.awaitSubscribers(hub, new Subscriber.Interest(Event.Topic.COMMENT, post), 3);
			long executionsBefore = groups.executions();

			data.comment(post, writer.authorId(), null, OffsetDateTime.now());

			assertThat(email(writers.next())).isNotEmpty();
			assertThat(email(readers.next())).isNull();
			assertThat(email(anonymous.next())).isNull();
			// The email is the owner's alone: each signed-in viewer is a group of its
			// own.
			assertThat(groups.executions() - executionsBefore).isEqualTo(3);
		}
	}

	@Test
	void shouldResumeAMemberWithWhatItMissedThenTheGroupsResults() throws Exception {
		long author = data.author("mux_resume");
		long post = data.post(author, "Resumed together", OffsetDateTime.now());
		try (LiveClient live = LiveClient.socket(port, null)) {
			live.subscribe("1", LiveIntegrationTests.COMMENTS, Map.of("postId", postId(post)));
			LiveTestSupport.awaitSubscribers(hub, new Subscriber.Interest(Event.Topic.COMMENT, post), 1);
			data.comment(post, author, null, OffsetDateTime.now());
			String cursor = LiveIntegrationTests.events(live.next(1)).get(0).path("cursor").asString();
			long missed = data.comment(post, author, null, OffsetDateTime.now());
			live.next(1);

			try (LiveClient resumed = LiveClient.socket(port, null)) {
				resumed.subscribe("1", LiveIntegrationTests.COMMENTS, Map.of("postId", postId(post), "after", cursor));
				List<String> caughtUp = LiveIntegrationTests.kindsAndIds(resumed.next(1));
				LiveTestSupport.awaitSubscribers(hub, new Subscriber.Interest(Event.Topic.COMMENT, post), 2);
				long next = data.comment(post, author, null, OffsetDateTime.now());

				assertThat(caughtUp).containsExactly("ADDED " + TestData.commentId(missed));
				assertThat(LiveIntegrationTests.kindsAndIds(resumed.next(1)))
					.containsExactly("ADDED " + TestData.commentId(next));
				assertThat(LiveIntegrationTests.kindsAndIds(live.next(1)))
					.containsExactly("ADDED " + TestData.commentId(next));
				assertThat(resumed.arrived()).isEmpty();
				assertThat(groups.size()).isGreaterThanOrEqualTo(1);
			}
		}
	}

	private static String email(JsonNode message) {
		JsonNode email = message.path("payload")
			.path("data")
			.path("commentEvents")
			.path("comment")
			.path("author")
			.path("email");
		return email.isNull() || email.isMissingNode() ? null : email.asString();
	}

}
