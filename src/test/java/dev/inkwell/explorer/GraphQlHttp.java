package dev.inkwell.explorer;

import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * A bare GraphQL-over-HTTP client: the tests read extensions, which GraphQlTester does
 * not expose.
 */
final class GraphQlHttp {

	private final RestClient client;

	GraphQlHttp(int port) {
		this.client = RestClient.create("http://localhost:" + port);
	}

	/**
	 * Posts {@code document} with its one variable (named after the document's first
	 * {@code $}).
	 */
	JsonNode post(String document, String variable, boolean explain, String token) {
		String name = document.replaceFirst("(?s)^[^$]*\\$(\\w+).*$", "$1");
		return client.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).headers(headers -> {
			if (explain) {
				headers.set("X-Inkwell-Explain", "true");
			}
			if (token != null) {
				headers.setBearerAuth(token);
			}
		}).body(Map.of("query", document, "variables", Map.of(name, variable))).retrieve().body(JsonNode.class);
	}

}
