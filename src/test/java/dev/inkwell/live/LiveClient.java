package dev.inkwell.live;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A test client of the two subscription transports, speaking the wire protocols itself
 * (graphql-ws over the JDK's WebSocket, graphql-sse's distinct-connections mode over the
 * JDK's HTTP client), so tests see exactly what any client sees. Messages queue as they
 * arrive; waits are for the next message, with a generous timeout.
 */
final class LiveClient implements AutoCloseable {

	static final Duration WAIT = Duration.ofSeconds(30);

	private static final JsonMapper json = JsonMapper.shared();

	private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();

	private final CompletableFuture<Integer> closed = new CompletableFuture<>();

	private WebSocket socket;

	private InputStream stream;

	private LiveClient() {
	}

	/** A graphql-ws connection, acknowledged; {@code token} null for anonymous. */
	static LiveClient socket(int port, String token) throws Exception {
		LiveClient client = new LiveClient();
		client.socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.subprotocols("graphql-transport-ws")
			.buildAsync(URI.create("ws://localhost:" + port + "/graphql"), client.listener())
			.get(WAIT.toSeconds(), TimeUnit.SECONDS);
		Map<String, Object> payload = token == null ? Map.of() : Map.of("Authorization", "Bearer " + token);
		client.send(Map.of("type", "connection_init", "payload", payload));
		JsonNode ack = client.next();
		if (ack == null || !"connection_ack".equals(ack.path("type").asString())) {
			throw new IllegalStateException("No connection_ack: " + ack);
		}
		return client;
	}

	/**
	 * A WebSocket the server may close before any graphql-ws message (read its
	 * {@link #closeStatus()}).
	 */
	static LiveClient refusedSocket(int port) throws Exception {
		LiveClient client = new LiveClient();
		client.socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.subprotocols("graphql-transport-ws")
			.buildAsync(URI.create("ws://localhost:" + port + "/graphql"), client.listener())
			.get(WAIT.toSeconds(), TimeUnit.SECONDS);
		return client;
	}

	/** An SSE stream of one subscription (POST /graphql, Accept: text/event-stream). */
	static LiveClient sse(int port, String token, String document, Map<String, Object> variables) throws Exception {
		LiveClient client = new LiveClient();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "text/event-stream")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body(document, variables))));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<InputStream> response = HttpClient.newHttpClient()
			.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
		client.stream = response.body();
		Thread reader = new Thread(() -> client.readEvents(response.statusCode()), "sse-test-client");
		reader.setDaemon(true);
		reader.start();
		return client;
	}

	/** Starts a subscription with this id on the WebSocket. */
	void subscribe(String id, String document, Map<String, Object> variables) {
		send(Map.of("id", id, "type", "subscribe", "payload", body(document, variables)));
	}

	void complete(String id) {
		send(Map.of("id", id, "type", "complete"));
	}

	/**
	 * The next message (graphql-ws: the whole message; SSE: {type: next|complete,
	 * payload}); null after the wait.
	 */
	JsonNode next() throws InterruptedException {
		return messages.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
	}

	/** The next {@code count} messages, failing if any does not come within the wait. */
	List<JsonNode> next(int count) throws InterruptedException {
		List<JsonNode> received = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			JsonNode message = next();
			if (message == null) {
				throw new AssertionError(
						"Only " + received.size() + " of " + count + " messages came" + closing() + ": " + received);
			}
			received.add(message);
		}
		return received;
	}

	/**
	 * How the connection ended, if it did: a wait that ends in silence is often a close
	 * the test did not look for.
	 */
	private String closing() {
		if (!closed.isDone()) {
			return "";
		}
		try {
			return " (the server closed the connection with " + closed.getNow(null) + ")";
		}
		catch (RuntimeException ex) {
			return " (the connection failed: " + ex.getCause() + ")";
		}
	}

	/** Whatever has arrived by now, without waiting. */
	List<JsonNode> arrived() {
		List<JsonNode> received = new ArrayList<>();
		messages.drainTo(received);
		return received;
	}

	/** The WebSocket's close status, waiting for the server to close it. */
	int closeStatus() throws Exception {
		return closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
	}

	@Override
	public void close() throws Exception {
		if (socket != null && !socket.isOutputClosed() && !closed.isDone()) {
			socket.sendClose(WebSocket.NORMAL_CLOSURE, "done")
				.exceptionally(ex -> null)
				.get(WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		if (stream != null) {
			stream.close();
		}
	}

	private static Map<String, Object> body(String document, Map<String, Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		body.put("variables", variables);
		return body;
	}

	private void send(Map<String, Object> message) {
		socket.sendText(json.writeValueAsString(message), true).join();
	}

	private WebSocket.Listener listener() {
		return new WebSocket.Listener() {
			private final StringBuilder partial = new StringBuilder();

			@Override
			public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
				partial.append(data);
				if (last) {
					JsonNode message = json.readTree(partial.toString());
					partial.setLength(0);
					// The server's keep-alive: answered, not queued (graphql-ws says a
					// pong must follow).
					if ("ping".equals(message.path("type").asString())) {
						webSocket.sendText("{\"type\":\"pong\"}", true);
					}
					else {
						messages.add(message);
					}
				}
				webSocket.request(1);
				return null;
			}

			@Override
			public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
				closed.complete(statusCode);
				return null;
			}

			@Override
			public void onError(WebSocket webSocket, Throwable error) {
				closed.completeExceptionally(error);
			}
		};
	}

	private void readEvents(int status) {
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			String event = null;
			StringBuilder data = new StringBuilder();
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.startsWith("event:")) {
					event = line.substring(6).strip();
				}
				else if (line.startsWith("data:")) {
					data.append(line.substring(5).strip());
				}
				else if (line.isEmpty() && event != null) {
					Map<String, Object> message = new LinkedHashMap<>();
					message.put("type", event);
					message.put("status", status);
					message.put("payload", data.isEmpty() ? null : json.readTree(data.toString()));
					messages.add(json.valueToTree(message));
					event = null;
					data.setLength(0);
				}
			}
		}
		catch (Exception ex) {
			// The stream ended (closed by the test or the server).
		}
	}

}
