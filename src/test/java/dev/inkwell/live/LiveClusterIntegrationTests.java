package dev.inkwell.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.inkwell.InkwellApplication;
import dev.inkwell.database.EmbeddedPostgresServer;
import dev.inkwell.support.Accounts;
import dev.inkwell.support.Accounts.SignedIn;
import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static dev.inkwell.live.LiveIntegrationTests.COMMENTS;
import static dev.inkwell.live.LiveIntegrationTests.kindsAndIds;
import static dev.inkwell.support.TestData.commentId;
import static dev.inkwell.support.TestData.postId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two server instances on one database (the test's own, A, and a second one, B, started
 * here on another port): events reach subscribers whichever instance, job or SQL session
 * wrote them, and survive the loss of A's listening connection. B runs with small limits,
 * which it is tested for.
 */
@InkwellIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveClusterIntegrationTests {

	private static final String OTHER_POOL = "inkwell-b";

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	Accounts accounts;

	@Autowired
	EventHub hub;

	@Autowired
	OutboxListener listener;

	@Autowired
	EmbeddedPostgresServer database;

	ConfigurableApplicationContext other;

	int otherPort;

	@BeforeAll
	void startTheOtherInstance() {
		other = new SpringApplicationBuilder(InkwellApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database.jdbcUrl("postgres") + "&ApplicationName=" + OTHER_POOL,
				"--spring.datasource.username=" + database.username(), "--inkwell.subscriptions.max-per-connection=2",
				"--inkwell.subscriptions.max-connections=3");
		otherPort = Integer.parseInt(other.getEnvironment().getProperty("local.server.port"));
	}

	@AfterAll
	void stopTheOtherInstance() {
		if (other != null) {
			other.close();
		}
	}

	@Test
	void shouldPushToASubscriberOnOneInstanceWhatAnotherInstanceAndPlainSqlWrote() throws Exception {
		SignedIn writer = accounts.user("cluster_writer");
		long post = data.post(writer.authorId(), "Clustered", OffsetDateTime.now());
		try (LiveClient client = LiveClient.socket(port, null)) {
			client.subscribe("1", COMMENTS, Map.of("postId", postId(post)));
			LiveTestSupport.awaitSubscribers(hub, new Subscriber.Interest(Event.Topic.COMMENT, post), 1);

			String throughOther = addCommentThroughTheOtherInstance(writer, post, "written on B");
			long throughSql = data.comment(post, writer.authorId(), null, OffsetDateTime.now());

			assertThat(kindsAndIds(client.next(2))).containsExactly("ADDED " + throughOther,
					"ADDED " + commentId(throughSql));
		}
	}

	@Test
	void shouldDeliverWhatWasWrittenWhileTheListenerReconnectedInOrderAndOnce() throws Exception {
		long author = data.author("cluster_restart");
		long post = data.post(author, "Reconnected", OffsetDateTime.now());
		try (LiveClient client = LiveClient.socket(port, null)) {
			client.subscribe("1", COMMENTS, Map.of("postId", postId(post)));
			LiveTestSupport.awaitSubscribers(hub, new Subscriber.Interest(Event.Topic.COMMENT, post), 1);
			long before = data.comment(post, author, null, OffsetDateTime.now());
			assertThat(kindsAndIds(client.next(1))).containsExactly("ADDED " + commentId(before));
			int killed = listener.backendPid();

			data.jdbc().queryForObject("select pg_terminate_backend(?)", Boolean.class, killed);
			List<String> written = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				written.add("ADDED " + commentId(data.comment(post, author, null, OffsetDateTime.now())));
			}
			List<String> received = kindsAndIds(client.next(5));
			long marker = data.comment(post, author, null, OffsetDateTime.now());

			assertThat(received).containsExactlyElementsOf(written);
			assertThat(kindsAndIds(client.next(1))).as("nothing twice: the next event is the one written last")
				.containsExactly("ADDED " + commentId(marker));
			assertThat(listener.backendPid()).as("a new listening connection").isNotIn(0, killed);
		}
	}

	@Test
	void shouldNameTheListeningSessionApartFromThePoolEvenWhenTheUrlNamesTheApplication() throws InterruptedException {
		OutboxListener otherListener = other.getBean(OutboxListener.class);
		for (int i = 0; i < 100 && otherListener.backendPid() == 0; i++) {
			Thread.sleep(100);
		}
		int listening = otherListener.backendPid();
		assertThat(listening).as("B's listener is connected").isNotZero();
		assertThat(data.jdbc()
			.queryForObject("select application_name from pg_stat_activity where pid = ?", String.class, listening))
			.isEqualTo(OutboxListener.APPLICATION_NAME);
		assertThat(data.jdbc()
			.queryForObject("select count(*) from pg_stat_activity where application_name = ?", Integer.class,
					OTHER_POOL))
			.as("the pool's sessions keep the URL's name")
			.isPositive();
	}

	@Test
	void shouldRefuseASubscriptionPastTheLimitOfItsConnection() throws Exception {
		long author = data.author("cluster_limit");
		long post = data.post(author, "Limited", OffsetDateTime.now());
		awaitNoConnectionsOnTheOtherInstance();
		try (LiveClient client = LiveClient.socket(otherPort, null)) {
			client.subscribe("1", COMMENTS, Map.of("postId", postId(post)));
			client.subscribe("2", COMMENTS, Map.of("postId", postId(post)));
			client.subscribe("3", COMMENTS, Map.of("postId", postId(post)));
			// Subscriptions start concurrently: any one of the three may be the one past
			// the limit.
			JsonNode refused = client.next();
			assertThat(refused.path("type").asString()).isEqualTo("error");
			assertThat(refused.path("payload").get(0).path("extensions").path("code").asString())
				.isEqualTo("SUBSCRIPTION_LIMIT");
			assertThat(refused.path("payload").get(0).path("extensions").path("limit").asInt()).isEqualTo(2);

			LiveTestSupport.awaitSubscribers(other.getBean(EventHub.class),
					new Subscriber.Interest(Event.Topic.COMMENT, post), 2);
			data.comment(post, author, null, OffsetDateTime.now());
			List<String> live = client.next(2).stream().map(message -> message.path("id").asString()).toList();

			assertThat(live).as("the two others stay live")
				.hasSize(2)
				.doesNotContain(refused.path("id").asString())
				.allMatch(id -> List.of("1", "2", "3").contains(id));
		}
	}

	@Test
	void shouldCloseAConnectionPastTheLimitOfTheInstanceAndRefuseAStreamThere() throws Exception {
		long author = data.author("cluster_full");
		long post = data.post(author, "Full", OffsetDateTime.now());
		ConnectionLimits limits = other.getBean(ConnectionLimits.class);
		awaitNoConnectionsOnTheOtherInstance();
		List<LiveClient> held = new ArrayList<>();
		try {
			while (limits.connections() < 3) {
				held.add(LiveClient.socket(otherPort, null));
			}
			try (LiveClient refused = LiveClient.refusedSocket(otherPort)) {
				assertThat(refused.closeStatus()).isEqualTo(1013);
			}
			try (LiveClient stream = LiveClient.sse(otherPort, null, COMMENTS, Map.of("postId", postId(post)))) {
				JsonNode error = stream.next().path("payload").path("errors").get(0);
				assertThat(error.path("extensions").path("code").asString()).isEqualTo("SUBSCRIPTION_LIMIT");
			}
		}
		finally {
			for (LiveClient client : held) {
				client.close();
			}
		}
	}

	/** Sockets other tests closed are counted until the server has seen them close. */
	private void awaitNoConnectionsOnTheOtherInstance() throws InterruptedException {
		ConnectionLimits limits = other.getBean(ConnectionLimits.class);
		long deadline = System.nanoTime() + LiveClient.WAIT.toNanos();
		while (limits.connections() > 0) {
			assertThat(System.nanoTime()).as("connections of other tests closed in time").isLessThan(deadline);
			Thread.sleep(10);
		}
	}

	private String addCommentThroughTheOtherInstance(SignedIn writer, long post, String body) throws Exception {
		String document = "mutation($postId: ID!, $body: String!) { addComment(input: { postId: $postId, body: $body }) { id } }";
		String request = JsonMapper.shared()
			.writeValueAsString(Map.of("query", document, "variables", Map.of("postId", postId(post), "body", body)));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + otherPort + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + writer.token())
				.POST(HttpRequest.BodyPublishers.ofString(request))
				.build(), HttpResponse.BodyHandlers.ofString());
		return JsonMapper.shared().readTree(response.body()).path("data").path("addComment").path("id").asString();
	}

}
