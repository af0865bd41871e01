package dev.inkwell.overrides;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import graphql.ExecutionResult;
import io.micrometer.core.instrument.MeterRegistry;
import dev.inkwell.support.InkwellIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overrides that no other test would miss if Spring's default quietly came back: the
 * HTTP and WebSocket handlers Boot would otherwise build, the WebSocket handshake without
 * compression, upgrades left out of the HTTP observation, and the response objects
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

	@Autowired
	MeterRegistry meters;

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
	void shouldLeaveWebSocketUpgradesOutOfTheHttpServerObservation() throws Exception {
		String response = handshake("Sec-WebSocket-Extensions: permessage-deflate\r\n");
		RestClient.create("http://localhost:" + port)
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", "{ __typename }"))
			.retrieve()
			.toBodilessEntity();

		assertThat(response).startsWith("HTTP/1.1 101");
		assertThat(meters.find("http.server.requests").tag("status", "101").timer()).isNull();
		assertThat(meters.find("http.server.requests").tag("status", "200").timer()).isNotNull();
	}

	@Test
	void shouldRefusePerMessageCompressionAtTheHandshake() throws Exception {
		String response = handshake("Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n");

		assertThat(response).startsWith("HTTP/1.1 101");
		assertThat(response.toLowerCase(Locale.ROOT)).doesNotContain("sec-websocket-extensions");
	}

	/** A graphql-ws handshake as a browser sends it; the response's head. */
	private String handshake(String extraHeaders) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			String request = "GET /graphql HTTP/1.1\r\nHost: localhost:" + port + "\r\nUpgrade: websocket\r\n"
					+ "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
					+ "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n" + extraHeaders
					+ "\r\n";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			BufferedReader reader = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
			StringBuilder head = new StringBuilder();
			for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
				head.append(line).append("\n");
			}
			return head.toString();
		}
	}

	@Test
	void shouldBuildTheResponsesObjectsAsResponseMaps() {
		ExecutionResult result = source.graphQl().execute("{ __typename }");

		assertThat(result.<Object>getData()).isInstanceOf(ResponseMap.class);
	}

}
