package dev.inkwell.explorer;

import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * Adds {@code extensions.sql} to the response of every request that has a {@link SqlLog}.
 */
final class SqlExtensionInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!(request.getAttributes().get(SqlLog.ATTRIBUTE) instanceof SqlLog log)) {
			// WebSocket messages and requests outside the filter's path: nothing was
			// captured.
			return chain.next(request);
		}
		return chain.next(request).map(response -> {
			Map<Object, Object> extensions = new LinkedHashMap<>(response.getExtensions());
			extensions.put("sql", log.toExtension());
			return response.transform(result -> result.extensions(extensions));
		});
	}

}
