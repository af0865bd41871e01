package dev.inkwell.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.inkwell.support.Accounts;
import dev.inkwell.support.Accounts.SignedIn;
import dev.inkwell.support.InkwellIntegrationTest;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL over WebSocket at /graphql: the bearer token travels in the connection_init
 * payload.
 */
@InkwellIntegrationTest
class WebSocketSignInIntegrationTests {

	private static final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void shouldRunRequestsAsTheViewerNamedInTheConnectionPayload() {
		SignedIn viewer = accounts.user("socket");

		WebSocketGraphQlTester socket = socket(Map.of("Authorization", "Bearer " + viewer.token()));
		try {
			socket.document("{ viewer { username } }")
				.execute()
				.path("viewer.username")
				.entity(String.class)
				.isEqualTo(viewer.username());
		}
		finally {
			socket.stop().block(Duration.ofSeconds(5));
		}
	}

	@Test
	void shouldReadAsAnonymousWithoutAToken() {
		WebSocketGraphQlTester socket = socket(Map.of());
		try {
			socket.document("{ viewer { username } }").execute().path("viewer").valueIsNull();
		}
		finally {
			socket.stop().block(Duration.ofSeconds(5));
		}
	}

	@Test
	void shouldRefuseTheConnectionOfATamperedToken() throws Exception {
		SignedIn viewer = accounts.user("tampered");
		String token = viewer.token();
		String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

		Refusal refusal = afterConnectionInit(Map.of("Authorization", "Bearer " + tampered));

		assertThat(refusal.messages()).as("the server never acknowledges the connection").isEmpty();
		// Exactly 4401: a 1006 (the connection dropped without a close frame) is no
		// refusal. The close
		// frame used to be lost now and then; overrides/CloseFrameDeliveringHandler says
		// why and delivers it.
		assertThat(refusal.closeStatus()).isEqualTo(4401);
	}

	@Test
	void shouldRefuseEveryTamperedConnectionWithItsCloseFrame() throws Exception {
		String token = accounts.user("tampered_often").token();
		String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
		Map<Integer, Integer> statuses = new TreeMap<>();

		// Without the server-side fix about 6 in 1,000 refusals lost their close frame
		// here (1006):
		// 100 in a row make such a regression show in one run out of two or so, without
		// timing anything.
		for (int attempt = 0; attempt < 100; attempt++) {
			Refusal refusal = afterConnectionInit(Map.of("Authorization", "Bearer " + tampered));
			statuses.merge(refusal.closeStatus(), 1, Integer::sum);
		}

		assertThat(statuses).isEqualTo(Map.of(4401, 100));
	}

	/**
	 * What a client saw after sending {@code connection_init} alone: the messages, then
	 * the close status.
	 */
	private record Refusal(List<String> messages, int closeStatus) {
	}

	private Refusal afterConnectionInit(Map<String, Object> payload) throws Exception {
		String connectionInit = JsonMapper.shared()
			.writeValueAsString(Map.of("type", "connection_init", "payload", payload));
		List<String> messages = new CopyOnWriteArrayList<>();
		CompletableFuture<Integer> closed = new CompletableFuture<>();
		WebSocket.Listener listener = new WebSocket.Listener() {
			@Override
			public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
				messages.add(data.toString());
				socket.request(1);
				return null;
			}

			@Override
			public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
				closed.complete(statusCode);
				return null;
			}

			@Override
			public void onError(WebSocket socket, Throwable error) {
				closed.completeExceptionally(error);
			}
		};
		WebSocket socket = client.newWebSocketBuilder()
			.subprotocols("graphql-transport-ws")
			.buildAsync(URI.create("ws://localhost:" + port + "/graphql"), listener)
			.get(10, TimeUnit.SECONDS);
		socket.sendText(connectionInit, true);
		int closeStatus = closed.get(10, TimeUnit.SECONDS);
		return new Refusal(List.copyOf(messages), closeStatus);
	}

	private WebSocketGraphQlTester socket(Map<String, Object> payload) {
		return WebSocketGraphQlTester
			.builder(URI.create("ws://localhost:" + port + "/graphql"), new StandardWebSocketClient())
			.interceptor(new WebSocketGraphQlClientInterceptor() {
				@Override
				public Mono<Object> connectionInitPayload() {
					return Mono.just(payload);
				}
			})
			.build();
	}

}
