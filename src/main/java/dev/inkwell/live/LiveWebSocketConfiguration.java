package dev.inkwell.live;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;

/**
 * Tells subscriptions which WebSocket they run on, so that {@link ConnectionLimits} (the
 * endpoint's {@code WebSocketAdmission}) counts them per connection.
 */
@Configuration(proxyBeanMethods = false)
class LiveWebSocketConfiguration {

	/** The GraphQL context key of the WebSocket session id; absent over HTTP (SSE). */
	static final String SOCKET_KEY = "inkwell.live.socket";

	@Bean
	WebGraphQlInterceptor socketOfSubscription() {
		return new WebGraphQlInterceptor() {
			@Override
			public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
				if (request instanceof WebSocketGraphQlRequest socket) {
					String id = socket.getSessionInfo().getId();
					request.configureExecutionInput(
							(input, builder) -> builder.graphQLContext(Map.of(SOCKET_KEY, id)).build());
				}
				return chain.next(request);
			}
		};
	}

}
