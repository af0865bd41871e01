package dev.inkwell.overrides;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import graphql.ExecutionResult;
import dev.inkwell.support.InkwellIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overrides that no other test would miss if Spring's default quietly came back: the
 * HTTP and WebSocket handlers Boot would otherwise build, and the response objects
 * graphql-java would otherwise build as {@code LinkedHashMap}s. The other overrides have
 * guards of their own (docs/architecture.md lists them).
 */
@InkwellIntegrationTest
class OverridesInPlaceIntegrationTests {

	@Autowired
	GraphQlHttpHandler httpHandler;

	@Autowired
	GraphQlWebSocketHandler webSocketHandler;

	@Autowired
	GraphQlSource source;

	@LocalServerPort
	int port;

	@Test
	void shouldServeHttpWithTheEndpointInsteadOfBootsHandler() {
		assertThat(httpHandler).isInstanceOf(GraphQlHttpEndpoint.class);
	}

	@Test
	void shouldServeWebSocketsWithTheHandlerThatDeliversCloseFrames() {
		assertThat(webSocketHandler).isInstanceOf(CloseFrameDeliveringHandler.class);
	}

	@Test
	void shouldRunTheSendsOfEveryWebSocketOnSharedThreads() throws Exception {
		CompletableFuture<String> ack = new CompletableFuture<>();
		WebSocket socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.subprotocols("graphql-transport-ws")
			.buildAsync(URI.create("ws://localhost:" + port + "/graphql"), new WebSocket.Listener() {
				@Override
				public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
					ack.complete(data.toString());
					return null;
				}
			})
			.get(30, TimeUnit.SECONDS);
		try {
			socket.sendText("{\"type\":\"connection_init\"}", true).join();

			assertThat(ack.get(30, TimeUnit.SECONDS)).contains("connection_ack");
			// Spring's own scheduler would have started a thread for this connection.
			assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
				.noneMatch(name -> name.startsWith(SharedSessionThreads.SESSION_SCHEDULER_PREFIX));
		}
		finally {
			socket.abort();
		}
	}

	@Test
	void shouldBuildTheResponsesObjectsAsResponseMaps() {
		ExecutionResult result = source.graphQl().execute("{ __typename }");

		assertThat(result.<Object>getData()).isInstanceOf(ResponseMap.class);
	}

}
