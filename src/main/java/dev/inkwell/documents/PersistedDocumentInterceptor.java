package dev.inkwell.documents;

import java.util.Map;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import dev.inkwell.errors.ErrorCode;
import dev.inkwell.graphql.DocumentsMode;
import dev.inkwell.graphql.GraphQlProperties;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Applies {@code inkwell.graphql.documents} to every request (HTTP GET and POST,
 * WebSocket, SSE): replaces an id by its document's text, refuses text in {@code trusted}
 * mode (PERSISTED_QUERY_NOT_ALLOWED), an unknown id (PERSISTED_QUERY_NOT_FOUND) and ids
 * in {@code open} mode (PERSISTED_QUERY_NOT_SUPPORTED). Runs first, so later interceptors
 * and the limits see the text that will run.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PersistedDocumentInterceptor implements WebGraphQlInterceptor {

	private final DocumentsMode mode;

	private final DocumentStore store;

	PersistedDocumentInterceptor(GraphQlProperties properties, DocumentStore store) {
		this.mode = properties.documents();
		this.store = store;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String id = DocumentId.requested(request.getExtensions());
		String text = request.getDocument();
		boolean hasText = text != null && !text.isBlank();
		if (id == null) {
			if (mode == DocumentsMode.TRUSTED) {
				return refuse(request, ErrorCode.PERSISTED_QUERY_NOT_ALLOWED,
						"This server runs only trusted documents: send the document's id, not its text");
			}
			return chain.next(request);
		}
		if (mode == DocumentsMode.OPEN) {
			if (hasText) {
				return chain.next(request);
			}
			return refuse(request, ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
					"This server does not take persisted document ids: send the document's text");
		}
		if (hasText) {
			if (mode == DocumentsMode.TRUSTED) {
				return refuse(request, ErrorCode.PERSISTED_QUERY_NOT_ALLOWED,
						"This server runs only trusted documents: send the id alone, without the text");
			}
			if (!DocumentId.of(text).equals(id)) {
				return refuse(request, ErrorCode.INVALID_REQUEST, "The id is not the SHA-256 of the document's text");
			}
			store.register(id, text);
			return chain.next(request);
		}
		String stored = mode == DocumentsMode.TRUSTED ? store.trusted(id) : store.known(id);
		if (stored == null) {
			return refuse(request, ErrorCode.PERSISTED_QUERY_NOT_FOUND, "No persisted document has this id");
		}
		request.configureExecutionInput((input, builder) -> builder.query(stored).build());
		return chain.next(request);
	}

	private static Mono<WebGraphQlResponse> refuse(WebGraphQlRequest request, ErrorCode code, String message) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError()
				.errorType(ErrorClassification.errorClassification("BAD_REQUEST"))
				.message(message)
				.extensions(Map.of("code", code.name()))
				.build())
			.build();
		return Mono
			.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
	}

}
