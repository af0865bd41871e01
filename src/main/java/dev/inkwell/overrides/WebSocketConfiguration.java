package dev.inkwell.overrides;

import java.time.Duration;
import java.util.Map;

import dev.inkwell.graphql.WebSocketAdmission;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;

/**
 * GraphQL over WebSocket with close codes that reach the client: Boot's handler, built
 * the same way from the same properties, as a {@link CloseFrameDeliveringHandler} (ADR
 * 013), admitting connections through the {@link WebSocketAdmission} a feature provides
 * (subscriptions' limits).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("spring.graphql.websocket.path")
class WebSocketConfiguration {

	@Bean
	GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler graphQlHandler, GraphQlProperties properties,
			GraphQlCorsProperties corsProperties, ObjectProvider<ServerHttpMessageConvertersCustomizer> customizers,
			ObjectProvider<WebSocketAdmission> admission) {
		GraphQlProperties.Websocket websocket = properties.getWebsocket();
		return new CloseFrameDeliveringHandler(graphQlHandler, jsonConverter(customizers),
				websocket.getConnectionInitTimeout(), websocket.getKeepAlive(), corsProperties.toCorsConfiguration(),
				admission.getIfAvailable());
	}

	/**
	 * The first server converter that reads a JSON map, as Boot's own configuration picks
	 * it.
	 */
	@SuppressWarnings("unchecked")
	private static HttpMessageConverter<Object> jsonConverter(
			ObjectProvider<ServerHttpMessageConvertersCustomizer> customizers) {
		HttpMessageConverters.ServerBuilder builder = HttpMessageConverters.forServer().registerDefaults();
		customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
		for (HttpMessageConverter<?> converter : builder.build()) {
			if (converter.canRead(Map.class, MediaType.APPLICATION_JSON)) {
				return (HttpMessageConverter<Object>) converter;
			}
		}
		throw new IllegalStateException("No JSON message converter for GraphQL over WebSocket");
	}

}
