package dev.inkwell.documents;

import java.util.Map;

import dev.inkwell.support.RawHttp;
import dev.inkwell.support.RawHttp.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server in {@code trusted} mode with introspection off: only the ids of the documents
 * in its directory (written by clients/persist-documents.mjs) run, over GET or POST, as
 * Relay's {@code documentId} or Apollo's persisted query hash; any text is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "inkwell.graphql.documents=trusted",
				"inkwell.graphql.documents-location=classpath:/graphql-documents-test/",
				"spring.graphql.schema.introspection.enabled=false" })
class TrustedDocumentsIntegrationTests {

	/** {@code query TrustedTitles { posts(first: 2) { edges { node { title } } } }}. */
	static final String TITLES = "9cf41c48d5992ecd77659b465bea9ab445d95a4c3c7873fa479dbbee969dd7e2";

	/** {@code query TrustedTypename { __typename }}. */
	static final String TYPENAME = "fc245d582ad72dfe7765889aa9d26fcee69fcc0e6b051b88d63e89480f240959";

	/** {@code { __schema { queryType { name } } }}: trusted, but introspection is off. */
	static final String INTROSPECTION = "e7ddbce20ffa0507f2a5ccbb62603402c110d26cc7c898b4cfd81d82b30bc94f";

	private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

	@LocalServerPort
	int port;

	RawHttp http;

	@BeforeEach
	void client() {
		http = new RawHttp(port);
	}

	@Test
	void shouldRunATrustedDocumentByRelayDocumentIdOverGetCacheably() {
		Response answer = http.get(Map.of("documentId", "sha256:" + TITLES));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json()).containsKey("data").doesNotContainKey("errors");
		assertThat(answer.header("Cache-Control")).isEqualTo("public, no-cache");
		assertThat(http.get(Map.of("documentId", TITLES)).json()).doesNotContainKey("errors");
	}

	@Test
	void shouldRunATrustedDocumentByApolloPersistedQueryHash() {
		Map<String, Object> extensions = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", TYPENAME));
		Response post = http.post("application/json", RawHttp.toJson(Map.of("extensions", extensions)));
		assertThat(post.json()).containsEntry("data", Map.of("__typename", "Query")).doesNotContainKey("errors");
		Response get = http.get(Map.of("extensions", RawHttp.toJson(extensions)));
		assertThat(get.json()).containsEntry("data", Map.of("__typename", "Query")).doesNotContainKey("errors");
	}

	@Test
	void shouldRefuseDocumentTextEvenOfATrustedDocument() {
		Response answer = http.post("application/json",
				RawHttp.body("query TrustedTypename { __typename }\n", Map.of()), "Accept", GRAPHQL_RESPONSE);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.codes()).containsExactly("PERSISTED_QUERY_NOT_ALLOWED");
		Response get = http.get(Map.of("query", "{ __typename }"));
		assertThat(get.status()).isEqualTo(200);
		assertThat(get.codes()).containsExactly("PERSISTED_QUERY_NOT_ALLOWED");
	}

	@Test
	void shouldRefuseUnknownIds() {
		Response answer = http.get(Map.of("documentId", "sha256:" + "0".repeat(64)), "Accept", GRAPHQL_RESPONSE);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.codes()).containsExactly("PERSISTED_QUERY_NOT_FOUND");
	}

	@Test
	void shouldNotServeIntrospectionWhenItIsSwitchedOff() {
		Response answer = http.get(Map.of("documentId", INTROSPECTION));
		assertThat(answer.codes()).isNotEmpty().containsOnly("GRAPHQL_VALIDATION_FAILED");
	}

}
