package dev.inkwell.live;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * Tells subscriptions which WebSocket they run on, so that {@link ConnectionLimits} (the
 * endpoint's {@code WebSocketAdmission}) counts them per connection; and sizes the
 * buffers the WebSocket container keeps for each connection.
 */
@Configuration(proxyBeanMethods = false)
class LiveWebSocketConfiguration {

	/**
	 * The container's binary message buffer: graphql-ws sends text only (Spring closes a
	 * binary message with 1003), and Tomcat stages each incoming frame's bytes here
	 * before decoding them into the text buffer, a piece at a time when the frame is
	 * longer. 8 KB by default, kept for the connection's life.
	 */
	static final int BINARY_MESSAGE_BUFFER = 1024;

	/** The GraphQL context key of the WebSocket session id; absent over HTTP (SSE). */
	static final String SOCKET_KEY = "inkwell.live.socket";

	/**
	 * The WebSocket container's per-connection message buffers, set the Spring way: the
	 * text buffer holds the longest message a client may send
	 * ({@code inkwell.subscriptions.websocket-message-size}); the binary one only stages
	 * bytes ({@link #BINARY_MESSAGE_BUFFER}). Not in a command without a web server.
	 */
	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	ServletServerContainerFactoryBean webSocketContainer(SubscriptionProperties properties) {
		ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
		container.setMaxTextMessageBufferSize(properties.websocketMessageSize());
		container.setMaxBinaryMessageBufferSize(BINARY_MESSAGE_BUFFER);
		return container;
	}

	/**
	 * Tomcat's socket buffers ({@code socket.appReadBufSize}, {@code appWriteBufSize}),
	 * which every connection allocates when it is accepted and an upgraded one keeps:
	 * {@code inkwell.subscriptions.socket-buffer-size}. HTTP uses them too: a response
	 * larger than the write buffer goes out in that many bytes per write.
	 */
	@Bean
	TomcatConnectorCustomizer socketBuffers(SubscriptionProperties properties) {
		return connector -> {
			connector.setProperty("socket.appReadBufSize", Integer.toString(properties.socketBufferSize()));
			connector.setProperty("socket.appWriteBufSize", Integer.toString(properties.socketBufferSize()));
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
