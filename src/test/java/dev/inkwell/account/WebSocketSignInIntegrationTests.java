package dev.inkwell.account;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import dev.inkwell.support.Accounts;
import dev.inkwell.support.Accounts.SignedIn;
import dev.inkwell.support.InkwellIntegrationTest;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** GraphQL over WebSocket at /graphql: the bearer token travels in the connection_init payload. */
@InkwellIntegrationTest
class WebSocketSignInIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void shouldRunRequestsAsTheViewerNamedInTheConnectionPayload() {
		SignedIn viewer = accounts.user("socket");

		WebSocketGraphQlTester socket = socket(Map.of("Authorization", "Bearer " + viewer.token()));
		try {
			socket.document("{ viewer { username } }").execute()
				.path("viewer.username").entity(String.class).isEqualTo(viewer.username());
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
	void shouldRefuseTheConnectionOfATamperedToken() {
		SignedIn viewer = accounts.user("tampered");
		String token = viewer.token();
		String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

		CloseStatus closed = closeStatusAfterConnectionInit(Map.of("Authorization", "Bearer " + tampered));

		assertThat(closed.getCode()).isEqualTo(4401);
	}

	/**
	 * Sends only {@code connection_init} and waits for the server to close the socket. The client of
	 * {@link #socket} would send its {@code subscribe} right behind it and, racing the server's close,
	 * sometimes sees the reset connection (1006) instead of the close frame.
	 */
	private CloseStatus closeStatusAfterConnectionInit(Map<String, Object> payload) {
		String connectionInit = JsonMapper.shared().writeValueAsString(Map.of("type", "connection_init", "payload", payload));
		AtomicReference<CloseStatus> closed = new AtomicReference<>();
		WebSocketHandler handler = new WebSocketHandler() {
			@Override
			public List<String> getSubProtocols() {
				return List.of("graphql-transport-ws");
			}

			@Override
			public Mono<Void> handle(WebSocketSession session) {
				return session.send(Mono.just(session.textMessage(connectionInit)))
					.then(session.receive().then())
					.then(session.closeStatus().doOnNext(closed::set))
					.then();
			}
		};
		new StandardWebSocketClient()
			.execute(URI.create("ws://localhost:" + port + "/graphql"), handler)
			.block(Duration.ofSeconds(10));
		assertThat(closed.get()).as("the server closed the socket").isNotNull();
		return closed.get();
	}

	private WebSocketGraphQlTester socket(Map<String, Object> payload) {
		return WebSocketGraphQlTester.builder(URI.create("ws://localhost:" + port + "/graphql"), new StandardWebSocketClient())
			.interceptor(new WebSocketGraphQlClientInterceptor() {
				@Override
				public Mono<Object> connectionInitPayload() {
					return Mono.just(payload);
				}
			})
			.build();
	}

}
