package dev.inkwell.transport;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Cache headers of responses to GET: nothing a token or a cookie can change is ever
 * stored ({@code private, no-store}), nor a response with errors; an anonymous response
 * without errors may be kept by shared caches for
 * {@code inkwell.graphql.http.get-max-age} (default 0: {@code no-cache}, a cache must ask
 * again each time). {@code Vary} names the headers the response depends on.
 */
public final class CachePolicy {

	private CachePolicy() {
	}

	public static void apply(ServerRequest request, HttpHeaders response, boolean hasErrors, Duration maxAge) {
		HttpHeaders headers = request.headers().asHttpHeaders();
		response.setVary(java.util.List.of(HttpHeaders.ACCEPT, HttpHeaders.AUTHORIZATION, HttpHeaders.COOKIE));
		if (headers.containsHeader(HttpHeaders.AUTHORIZATION) || headers.containsHeader(HttpHeaders.COOKIE)) {
			response.setCacheControl("private, no-store");
		}
		else if (hasErrors) {
			response.setCacheControl("no-store");
		}
		else if (maxAge.isZero() || maxAge.isNegative()) {
			response.setCacheControl("public, no-cache");
		}
		else {
			response.setCacheControl("public, max-age=" + maxAge.toSeconds());
		}
	}

}
