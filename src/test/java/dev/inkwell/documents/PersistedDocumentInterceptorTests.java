package dev.inkwell.documents;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import graphql.ExecutionResult;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import dev.inkwell.graphql.DocumentsMode;
import dev.inkwell.graphql.GraphQlProperties;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modes {@code open} and {@code persisted}: which requests run, with which text, and
 * which are refused.
 */
class PersistedDocumentInterceptorTests {

	private static final String TEXT = "{ __typename }";

	private final AtomicReference<String> executed = new AtomicReference<>();

	private final WebGraphQlInterceptor.Chain chain = request -> {
		executed.set(request.toExecutionInput().getQuery());
		return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
				ExecutionResult.newExecutionResult().data(Map.of()).build())));
	};

	@Test
	void shouldRegisterADocumentSentWithItsIdAndRunItLaterByIdInPersistedMode() {
		var interceptor = interceptor(DocumentsMode.PERSISTED);
		String id = DocumentId.of(TEXT);
		assertThat(codeOf(interceptor, request("", Map.of("documentId", "sha256:" + id))))
			.isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		assertThat(codeOf(interceptor, request(TEXT, apollo(id)))).isNull();
		executed.set(null);
		assertThat(codeOf(interceptor, request("", apollo(id.toUpperCase())))).isNull();
		assertThat(executed.get()).isEqualTo(TEXT);
		assertThat(codeOf(interceptor, request("{ other }", apollo(id)))).isEqualTo("INVALID_REQUEST");
		assertThat(codeOf(interceptor, request(TEXT, Map.of()))).isNull();
	}

	@Test
	void shouldRunTextButNoIdsInOpenMode() {
		var interceptor = interceptor(DocumentsMode.OPEN);
		assertThat(codeOf(interceptor, request(TEXT, Map.of()))).isNull();
		assertThat(codeOf(interceptor, request("", apollo(DocumentId.of(TEXT)))))
			.isEqualTo("PERSISTED_QUERY_NOT_SUPPORTED");
	}

	private static PersistedDocumentInterceptor interceptor(DocumentsMode mode) {
		var properties = new Binder(new MapConfigurationPropertySource(
				Map.of("inkwell.graphql.documents", mode.name(), "inkwell.graphql.documents-location",
						"classpath:/no-such-directory/", "inkwell.graphql.persisted-cache-size", "10")))
			.bindOrCreate("inkwell.graphql", GraphQlProperties.class);
		return new PersistedDocumentInterceptor(properties, new DocumentStore(properties, new SimpleMeterRegistry()));
	}

	private static Map<String, Object> apollo(String id) {
		return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", id));
	}

	private static WebGraphQlRequest request(String text, Map<String, Object> extensions) {
		return new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(), null, null, Map.of(),
				new DefaultGraphQlRequest(text, null, Map.of(), extensions), "1", null);
	}

	@SuppressWarnings("unchecked")
	private String codeOf(PersistedDocumentInterceptor interceptor, WebGraphQlRequest request) {
		WebGraphQlResponse response = interceptor.intercept(request, chain).block();
		return response.getErrors().isEmpty() ? null : (String) response.getErrors().get(0).getExtensions().get("code");
	}

}
