package dev.inkwell.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP requests to the GraphQL endpoint, as a client that is not a GraphQL client
 * would send them (any method, body, media type), and the answer as status, headers and
 * parsed JSON.
 */
public final class RawHttp {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final String endpoint;

	public RawHttp(int port) {
		this.endpoint = "http://localhost:" + port + "/graphql";
	}

	public Response get(Map<String, String> parameters, String... headers) {
		String query = parameters.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(endpoint + (query.isEmpty() ? "" : "?" + query))).GET(), headers);
	}

	public Response post(String contentType, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return send(request, headers);
	}

	public Response method(String method, String body, String... headers) {
		return send(HttpRequest.newBuilder(URI.create(endpoint))
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json"), headers);
	}

	/** A JSON body {"query": …, "variables": …} for {@link #post}. */
	public static String body(String query, Map<String, Object> variables) {
		return json.writeValueAsString(Map.of("query", query, "variables", variables));
	}

	public static String toJson(Object value) {
		return json.writeValueAsString(value);
	}

	private Response send(HttpRequest.Builder request, String... headers) {
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** An HTTP response. */
	public record Response(int status, Map<String, List<String>> headers, String body) {

		public String header(String name) {
			return headers.entrySet()
				.stream()
				.filter(e -> e.getKey().equalsIgnoreCase(name))
				.map(e -> String.join(", ", e.getValue()))
				.findFirst()
				.orElse(null);
		}

		@SuppressWarnings("unchecked")
		public Map<String, Object> json() {
			return json.readValue(body, Map.class);
		}

		/** {@code extensions.code} of every error, in order. */
		@SuppressWarnings("unchecked")
		public List<String> codes() {
			List<Map<String, Object>> errors = (List<Map<String, Object>>) json().getOrDefault("errors", List.of());
			return errors.stream().map(e -> (String) ((Map<String, Object>) e.get("extensions")).get("code")).toList();
		}

		@SuppressWarnings("unchecked")
		public Map<String, Object> firstErrorExtensions() {
			List<Map<String, Object>> errors = (List<Map<String, Object>>) json().get("errors");
			return (Map<String, Object>) errors.get(0).get("extensions");
		}

	}

}
