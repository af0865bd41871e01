package dev.inkwell.transport;

import java.util.List;

import dev.inkwell.errors.ErrorCode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Routes, ahead of Boot's routes, what Boot does not: GET (to the GraphQL handler, which
 * {@code overrides/HttpHandlerConfiguration} provides), wrong media types and other
 * methods. POSTs asking for {@code text/event-stream} (subscriptions over SSE) are left
 * to Boot's SSE route untouched.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpProperties.class)
class TransportConfiguration {

	private static final MediaType APPLICATION_GRAPHQL = MediaType.parseMediaType("application/graphql");

	private static final List<MediaType> RESPONSE_TYPES = List.of(MediaType.APPLICATION_JSON,
			MediaTypes.APPLICATION_GRAPHQL_RESPONSE, MediaType.TEXT_EVENT_STREAM, MediaType.MULTIPART_MIXED);

	private final TransportErrors errors = new TransportErrors();

	@Bean
	@Order(-10)
	RouterFunction<ServerResponse> graphQlTransportRoutes(GraphQlHttpHandler handler,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		return RouterFunctions.route()
			.GET(path, this::acceptsJson, handler::handleRequest)
			.GET(path, request -> errors.respond(request, HttpStatus.NOT_ACCEPTABLE, ErrorCode.INVALID_REQUEST.name(),
					"This endpoint answers application/graphql-response+json or application/json", java.util.Map.of()))
			.POST(path, request -> !hasGraphQlContentType(request),
					request -> errors.respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
							ErrorCode.INVALID_REQUEST.name(), "Send the request as application/json",
							java.util.Map.of()))
			.POST(path, request -> !acceptsAResponseType(request),
					request -> errors.respond(request, HttpStatus.NOT_ACCEPTABLE, ErrorCode.INVALID_REQUEST.name(),
							"This endpoint answers application/graphql-response+json or application/json",
							java.util.Map.of()))
			.route(RequestPredicates.path(path).and(otherMethod()),
					request -> errors.respond(request, HttpStatus.METHOD_NOT_ALLOWED, ErrorCode.INVALID_REQUEST.name(),
							"Use GET (queries) or POST", java.util.Map.of()))
			.build();
	}

	private static RequestPredicate otherMethod() {
		return request -> request.method() != HttpMethod.GET && request.method() != HttpMethod.POST
				&& request.method() != HttpMethod.OPTIONS;
	}

	private boolean acceptsJson(ServerRequest request) {
		return accepts(request, List.of(MediaType.APPLICATION_JSON, MediaTypes.APPLICATION_GRAPHQL_RESPONSE));
	}

	private boolean acceptsAResponseType(ServerRequest request) {
		return accepts(request, RESPONSE_TYPES);
	}

	private static boolean accepts(ServerRequest request, List<MediaType> types) {
		List<MediaType> accepted;
		try {
			accepted = request.headers().accept();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
		return accepted.isEmpty()
				|| accepted.stream().anyMatch(type -> types.stream().anyMatch(type::isCompatibleWith));
	}

	private static boolean hasGraphQlContentType(ServerRequest request) {
		try {
			return request.headers()
				.contentType()
				.map(type -> MediaType.APPLICATION_JSON.includes(type) || APPLICATION_GRAPHQL.includes(type))
				.orElse(false);
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
