package dev.inkwell.live;

import java.io.IOException;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/**
 * The graphql-ws endpoint as Boot builds it, counting its connections against
 * {@code inkwell.subscriptions.max-connections}: a connection past the limit is closed at once
 * with status 1013 (try again later). Also tells subscriptions which WebSocket they run on.
 */
@Configuration(proxyBeanMethods = false)
class LiveWebSocketConfiguration {

	/** The GraphQL context key of the WebSocket session id; absent over HTTP (SSE). */
	static final String SOCKET_KEY = "inkwell.live.socket";

	@Bean
	GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler handler, GraphQlProperties properties,
			GraphQlCorsProperties cors, ObjectProvider<JsonMapper> mapper, ConnectionLimits limits) {
		var converter = new JacksonJsonHttpMessageConverter(mapper.getIfAvailable(JsonMapper::shared));
		return new GraphQlWebSocketHandler(handler, converter, properties.getWebsocket().getConnectionInitTimeout(),
				properties.getWebsocket().getKeepAlive(), cors.toCorsConfiguration()) {

			@Override
			public void afterConnectionEstablished(WebSocketSession session) {
				if (!limits.openSocket(session.getId())) {
					try {
						session.close(CloseStatus.SERVICE_OVERLOAD.withReason("Too many connections on this instance"));
					}
					catch (IOException ex) {
						// The client is gone already.
					}
					return;
				}
				super.afterConnectionEstablished(session);
			}

			@Override
			public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
				limits.closeSocket(session.getId());
				super.afterConnectionClosed(session, status);
			}

		};
	}

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
