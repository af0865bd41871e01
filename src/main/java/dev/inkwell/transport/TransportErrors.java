package dev.inkwell.transport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.graphql.MediaTypes;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Responses to requests refused before GraphQL sees them, in the shape of a GraphQL
 * response ({@code {"errors": [{message, extensions: {code, classification}}]}}) so that
 * clients parse them like any other error, with the HTTP status that says what is wrong.
 */
public final class TransportErrors {

	public ServerResponse respond(ServerRequest request, HttpStatus status, String code, String message,
			Map<String, Object> details) {
		Map<String, Object> extensions = new LinkedHashMap<>(details);
		extensions.put("code", code);
		extensions.put("classification", status.is5xxServerError() ? "INTERNAL_ERROR" : "BAD_REQUEST");
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("extensions", extensions);
		ServerResponse.BodyBuilder builder = ServerResponse.status(status).contentType(mediaType(request));
		if (status == HttpStatus.METHOD_NOT_ALLOWED) {
			builder.allow(Set.of(HttpMethod.GET, HttpMethod.POST));
		}
		if (status == HttpStatus.UNSUPPORTED_MEDIA_TYPE) {
			builder.header("Accept-Post", "application/json, application/graphql");
		}
		return builder.header("Cache-Control", "no-store").body(Map.of("errors", List.of(error)));
	}

	/**
	 * The spec's media type when the client asks for it before {@code application/json},
	 * else JSON.
	 */
	private static MediaType mediaType(ServerRequest request) {
		try {
			for (MediaType accepted : request.headers().accept()) {
				if (accepted.isCompatibleWith(MediaTypes.APPLICATION_GRAPHQL_RESPONSE) && !accepted.isWildcardType()) {
					return MediaTypes.APPLICATION_GRAPHQL_RESPONSE;
				}
				if (accepted.isCompatibleWith(MediaType.APPLICATION_JSON)) {
					return MediaType.APPLICATION_JSON;
				}
			}
		}
		catch (InvalidMediaTypeException ex) {
			// An unreadable Accept header: respond in plain JSON.
		}
		return MediaType.APPLICATION_JSON;
	}

}
