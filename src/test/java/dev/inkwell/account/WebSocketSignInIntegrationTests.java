package dev.inkwell.account;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import dev.inkwell.support.Accounts;
import dev.inkwell.support.Accounts.SignedIn;
import dev.inkwell.support.InkwellIntegrationTest;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

		WebSocketGraphQlTester socket = socket(Map.of("Authorization", "Bearer " + tampered));
		assertThatThrownBy(() -> socket.document("{ viewer { username } }").execute().path("viewer").hasValue())
			.hasStackTraceContaining("4401");
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
