package dev.inkwell.transport;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import dev.inkwell.support.Accounts;
import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.RawHttp;
import dev.inkwell.support.RawHttp.Response;
import dev.inkwell.support.StatementCounter;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraphQL-over-HTTP rules, each as a client sees it over real HTTP: methods, media
 * types, statuses, caching.
 */
@InkwellIntegrationTest
class GraphQlOverHttpIntegrationTests {

	private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

	private static final String POST_TITLE = "query Title($id: ID!) { post(id: $id) { title } }";

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	Accounts accounts;

	@Autowired
	StatementCounter counter;

	RawHttp http;

	@BeforeEach
	void client() {
		http = new RawHttp(port);
	}

	@Test
	void shouldAnswerAQueryOverGetWithUrlEncodedVariables() {
		long post = data.post(data.author("get"), "Read over GET", OffsetDateTime.now());
		Response answer = http.get(Map.of("query", POST_TITLE, "operationName", "Title", "variables",
				RawHttp.toJson(Map.of("id", TestData.postId(post)))));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json()).containsEntry("data", Map.of("post", Map.of("title", "Read over GET")))
			.doesNotContainKey("errors");
	}

	@Test
	void shouldAnswerConcurrentRequestsEachWithItsOwnCompleteAnswerAndLength() throws Exception {
		long author = data.author("lengths");
		List<Long> posts = IntStream.range(0, 12)
			.mapToObj(i -> data.post(author, "Überschrift Nº " + i + " ✓", OffsetDateTime.now()))
			.toList();
		ExecutorService clients = Executors.newFixedThreadPool(6);
		try {
			List<Future<Response>> answers = new ArrayList<>();
			for (long post : posts) {
				answers.add(clients.submit(() -> http.post("application/json",
						RawHttp.body(POST_TITLE, Map.of("id", TestData.postId(post))), "Accept", GRAPHQL_RESPONSE)));
			}
			for (int i = 0; i < posts.size(); i++) {
				Response answer = answers.get(i).get(30, TimeUnit.SECONDS);
				assertThat(answer.status()).isEqualTo(200);
				assertThat(answer.header("Content-Type")).startsWith(GRAPHQL_RESPONSE);
				assertThat(answer.header("Content-Length"))
					.isEqualTo(String.valueOf(answer.body().getBytes(StandardCharsets.UTF_8).length));
				assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
				assertThat(answer.json()).containsEntry("data",
						Map.of("post", Map.of("title", "Überschrift Nº " + i + " ✓")));
			}
		}
		finally {
			clients.shutdownNow();
		}
	}

	@Test
	void shouldLetSharedCachesKeepOnlyAnonymousAnswersWithoutErrors() {
		Response anonymous = http.get(Map.of("query", "{ __typename }"));
		assertThat(anonymous.header("Cache-Control")).isEqualTo("public, no-cache");
		assertThat(anonymous.header("Vary")).contains("Authorization");
		String token = accounts.user("cache").token();
		Response signedIn = http.get(Map.of("query", "{ viewer { username } }"), "Authorization", "Bearer " + token);
		assertThat(signedIn.status()).isEqualTo(200);
		assertThat(signedIn.header("Cache-Control")).isEqualTo("private, no-store");
		Response withErrors = http.get(Map.of("query", "{ noSuchField }"));
		assertThat(withErrors.header("Cache-Control")).isEqualTo("no-store");
		Response post = http.post("application/json", RawHttp.body("{ __typename }", Map.of()));
		assertThat(post.header("Cache-Control")).isEqualTo("no-store");
	}

	@Test
	void shouldRefuseMutationsOverGetWith405BeforeAnythingRuns() {
		String mutation = "mutation { login(input: {usernameOrEmail: \"x@example.com\", password: \"wrong one\"}) "
				+ "{ token } }";
		var counted = counter.count(() -> http.get(Map.of("query", mutation)));
		assertThat(counted.result().status()).isEqualTo(405);
		assertThat(counted.result().header("Allow")).isEqualTo("POST");
		assertThat(counted.result().codes()).containsExactly("METHOD_NOT_ALLOWED");
		assertThat(counted.statements()).isEmpty();
		Response subscription = http.get(Map.of("query", "subscription { __typename }"), "Accept", GRAPHQL_RESPONSE);
		assertThat(subscription.status()).isIn(400, 405);
	}

	@Test
	void shouldUseTheSpecsStatusCodesWithItsMediaType() {
		Response ok = http.post("application/json", RawHttp.body("{ __typename }", Map.of()), "Accept",
				GRAPHQL_RESPONSE);
		assertThat(ok.status()).isEqualTo(200);
		assertThat(ok.header("Content-Type")).startsWith(GRAPHQL_RESPONSE);
		Response unparsable = http.post("application/json", RawHttp.body("{ posts(", Map.of()), "Accept",
				GRAPHQL_RESPONSE);
		assertThat(unparsable.status()).isEqualTo(400);
		assertThat(unparsable.codes()).containsExactly("GRAPHQL_PARSE_FAILED");
		Response invalid = http.get(Map.of("query", "{ noSuchField }"), "Accept", GRAPHQL_RESPONSE);
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.codes()).containsExactly("GRAPHQL_VALIDATION_FAILED");
		Response badToken = http.post("application/json", RawHttp.body("{ __typename }", Map.of()), "Accept",
				GRAPHQL_RESPONSE, "Authorization", "Bearer not-a-token");
		assertThat(badToken.status()).isEqualTo(401);
		assertThat(badToken.codes()).containsExactly("UNAUTHENTICATED");
	}

	@Test
	void shouldAnswerGraphQlErrorsWith200InPlainJson() {
		Response invalid = http.post("application/json", RawHttp.body("{ noSuchField }", Map.of()), "Accept",
				"application/json");
		assertThat(invalid.status()).isEqualTo(200);
		assertThat(invalid.header("Content-Type")).startsWith("application/json");
		assertThat(invalid.codes()).containsExactly("GRAPHQL_VALIDATION_FAILED");
	}

	@Test
	void shouldRefuseRequestsThatAreNotGraphQlRequestsWith400() {
		for (String body : new String[] { "{\"query\":", "NONSENSE", "[]", "{\"qeury\": \"{ __typename }\"}",
				"{\"query\": 42}", "{\"query\": \"{ __typename }\", \"variables\": [1]}",
				"{\"query\": \"{ __typename }\", \"extensions\": \"x\"}",
				"{\"query\": \"{ __typename }\", \"operationName\": {}}" }) {
			for (String accept : new String[] { "application/json", GRAPHQL_RESPONSE }) {
				Response answer = http.post("application/json", body, "Accept", accept);
				assertThat(answer.status()).as(body).isEqualTo(400);
				assertThat(answer.codes()).as(body).containsExactly("INVALID_REQUEST");
			}
		}
		assertThat(http.get(Map.of()).status()).isEqualTo(400);
		Response badVariables = http.get(Map.of("query", "{ __typename }", "variables", "{not json"));
		assertThat(badVariables.status()).isEqualTo(400);
		assertThat(badVariables.codes()).containsExactly("INVALID_REQUEST");
	}

	@Test
	void shouldRefuseWrongMethodsAndMediaTypesWithTheirStatus() {
		Response plainText = http.post("text/plain", RawHttp.body("{ __typename }", Map.of()));
		assertThat(plainText.status()).isEqualTo(415);
		assertThat(plainText.codes()).containsExactly("INVALID_REQUEST");
		Response html = http.post("application/json", RawHttp.body("{ __typename }", Map.of()), "Accept", "text/html");
		assertThat(html.status()).isEqualTo(406);
		Response put = http.method("PUT", RawHttp.body("{ __typename }", Map.of()));
		assertThat(put.status()).isEqualTo(405);
		assertThat(put.header("Allow")).contains("GET").contains("POST");
		Response legacy = http.post("application/graphql", "{ __typename }");
		assertThat(legacy.status()).isEqualTo(200);
		assertThat(legacy.json()).containsEntry("data", Map.of("__typename", "Query")).doesNotContainKey("errors");
	}

	@Test
	void shouldLeaveServerSentEventsRequestsToTheirHandler() {
		Response events = http.post("application/json", RawHttp.body("{ __typename }", Map.of()), "Accept",
				"text/event-stream");
		assertThat(events.status()).isNotIn(404, 405, 406, 415);
		assertThat(events.header("Content-Type")).startsWith("text/event-stream");
	}

	@Test
	void shouldRefuseADocumentOverTheSizeLimitBeforeParsingIt() {
		String huge = "{ __typename " + "#".repeat(70_000) + "\n }";
		var counted = counter.count(() -> http.post("application/json", RawHttp.body(huge, Map.of())));
		assertThat(counted.result().status()).isEqualTo(413);
		assertThat(counted.result().codes()).containsExactly("QUERY_TOO_COMPLEX");
		assertThat(counted.result().firstErrorExtensions()).containsEntry("maxSize", 65536);
		assertThat(counted.statements()).isEmpty();
	}

}
