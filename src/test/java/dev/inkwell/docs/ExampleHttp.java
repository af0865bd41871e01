package dev.inkwell.docs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends the documentation's requests to one server over real HTTP. A request for
 * {@code text/event-stream} is a subscription: it is watched for about a second (long
 * enough for a bad argument or an expired cursor to be answered) and then closed.
 */
final class ExampleHttp {

	static final Duration SUBSCRIPTION_WATCH = Duration.ofSeconds(1);

	/** The status of a subscription that answered nothing within the watch. */
	static final int NO_RESPONSE_YET = 0;

	private static final String END = "\u0000end of stream";

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final String origin;

	ExampleHttp(int port) {
		this.origin = "http://localhost:" + port;
	}

	/**
	 * A response: its status and its bodies (one, or for a stream each event's data that
	 * came within the watch).
	 */
	record Response(int status, List<String> bodies) {

	}

	Response send(CurlRequest request) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(origin + request.target()))
			.timeout(Duration.ofSeconds(30))
			.method(request.method(), (request.body() != null) ? HttpRequest.BodyPublishers.ofString(request.body())
					: HttpRequest.BodyPublishers.noBody());
		for (String header : request.headers()) {
			int colon = header.indexOf(':');
			builder.header(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
		}
		try {
			if (!request.streams()) {
				HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
				return new Response(response.statusCode(), List.of(response.body()));
			}
			return subscribe(builder.build());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Response subscribe(HttpRequest request) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + SUBSCRIPTION_WATCH.toNanos();
		// The server sends its headers with the first event: a quiet subscription has not
		// answered at all when the watch ends, and that is no error.
		CompletableFuture<HttpResponse<InputStream>> pending = client.sendAsync(request,
				HttpResponse.BodyHandlers.ofInputStream());
		HttpResponse<InputStream> response;
		try {
			response = pending.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			pending.cancel(true);
			return new Response(NO_RESPONSE_YET, List.of());
		}
		catch (ExecutionException ex) {
			throw new IOException(ex.getCause());
		}
		try (InputStream body = response.body()) {
			if (response.statusCode() != 200) {
				return new Response(response.statusCode(),
						List.of(new String(body.readAllBytes(), StandardCharsets.UTF_8)));
			}
			return new Response(200, watch(body, deadline));
		}
	}

	/** The data of every event that arrives within the watch (the stream stays open). */
	private static List<String> watch(InputStream stream, long deadline) throws InterruptedException {
		BlockingQueue<String> lines = new LinkedBlockingQueue<>();
		Thread reader = new Thread(() -> read(stream, lines), "docs-example-sse");
		reader.setDaemon(true);
		reader.start();
		List<String> events = new ArrayList<>();
		StringBuilder data = new StringBuilder();
		String line;
		while ((line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) != null && line != END) {
			if (line.startsWith("data:")) {
				data.append(data.isEmpty() ? "" : "\n").append(line.substring("data:".length()));
			}
			else if (line.isEmpty() && !data.isEmpty()) {
				events.add(data.toString());
				data.setLength(0);
			}
		}
		return events;
	}

	private static void read(InputStream stream, BlockingQueue<String> lines) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			for (String line; (line = reader.readLine()) != null;) {
				lines.add(line);
			}
		}
		catch (IOException ex) {
			// Closed by the watch when its second is over.
		}
		lines.add(END);
	}

}
