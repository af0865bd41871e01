package dev.inkwell.transport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import dev.inkwell.errors.ErrorCode;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Reads a GraphQL-over-HTTP request: the JSON body of a POST ({@code application/json},
 * or the bare document for the legacy {@code application/graphql}), or the parameters of
 * a GET, where {@code variables} and {@code extensions} are URL-encoded JSON. Anything
 * else is an {@link InvalidRequestException} with the status the specification asks for.
 * A Relay-style {@code documentId} travels on in {@code extensions.documentId}.
 */
public final class GraphQlRequestReader {

	private static final MediaType APPLICATION_GRAPHQL = MediaType.parseMediaType("application/graphql");

	private final JsonMapper json;

	private final long maxRequestBytes;

	public GraphQlRequestReader(JsonMapper json, long maxRequestBytes) {
		this.json = json;
		this.maxRequestBytes = maxRequestBytes;
	}

	public HttpGraphQlRequest read(ServerRequest request) {
		if (request.method() == HttpMethod.GET) {
			return fromParameters(request);
		}
		byte[] body = body(request);
		MediaType type = request.headers().contentType().orElse(MediaType.APPLICATION_JSON);
		if (APPLICATION_GRAPHQL.includes(type)) {
			return new HttpGraphQlRequest(new String(body, StandardCharsets.UTF_8), null, Map.of(), Map.of());
		}
		Object parsed;
		try {
			parsed = json.readValue(body, Object.class);
		}
		catch (JacksonException ex) {
			throw invalid("The body is not JSON: " + ex.getOriginalMessage());
		}
		if (!(parsed instanceof Map<?, ?> map)) {
			throw invalid(
					"The body must be a JSON object with \"query\" and optionally \"variables\", \"operationName\"");
		}
		return request(map.get("query"), map.get("operationName"), map.get("variables"), map.get("extensions"),
				map.get("documentId"));
	}

	private HttpGraphQlRequest fromParameters(ServerRequest request) {
		String rawQuery = request.uri().getRawQuery();
		if (rawQuery != null && rawQuery.length() > maxRequestBytes) {
			throw new InvalidRequestException(HttpStatus.URI_TOO_LONG, ErrorCode.INVALID_REQUEST.name(),
					"The query string is longer than %d bytes: use POST".formatted(maxRequestBytes));
		}
		return request(parameter(request, "query"), parameter(request, "operationName"),
				jsonParameter(request, "variables"), jsonParameter(request, "extensions"),
				parameter(request, "documentId"));
	}

	private HttpGraphQlRequest request(Object query, Object operationName, Object variables, Object extensions,
			Object documentId) {
		if (query != null && !(query instanceof String)) {
			throw invalid("\"query\" must be a string");
		}
		if (operationName != null && !(operationName instanceof String)) {
			throw invalid("\"operationName\" must be a string or null");
		}
		if (variables != null && !(variables instanceof Map)) {
			throw invalid("\"variables\" must be an object or null");
		}
		if (extensions != null && !(extensions instanceof Map)) {
			throw invalid("\"extensions\" must be an object or null");
		}
		if (documentId != null && !(documentId instanceof String)) {
			throw invalid("\"documentId\" must be a string");
		}
		Map<String, Object> allExtensions = new LinkedHashMap<>(extensions == null ? Map.of() : cast(extensions));
		if (documentId != null) {
			allExtensions.put("documentId", documentId);
		}
		boolean hasId = documentId != null || allExtensions.get("persistedQuery") != null;
		if ((query == null || ((String) query).isBlank()) && !hasId) {
			throw invalid("The request has no \"query\" (nor a persisted document id)");
		}
		return new HttpGraphQlRequest(query == null ? "" : (String) query, (String) operationName,
				variables == null ? Map.of() : cast(variables), allExtensions);
	}

	private byte[] body(ServerRequest request) {
		try (InputStream in = request.servletRequest().getInputStream()) {
			byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRequestBytes + 1));
			if (body.length > maxRequestBytes) {
				throw new InvalidRequestException(HttpStatus.CONTENT_TOO_LARGE, ErrorCode.INVALID_REQUEST.name(),
						"The body is larger than %d bytes".formatted(maxRequestBytes));
			}
			return body;
		}
		catch (IOException ex) {
			throw invalid("The body could not be read");
		}
	}

	private static String parameter(ServerRequest request, String name) {
		List<String> values = request.params().get(name);
		if (values == null || values.isEmpty()) {
			return null;
		}
		if (values.size() > 1) {
			throw invalid("The parameter \"" + name + "\" is given more than once");
		}
		return values.get(0);
	}

	private Object jsonParameter(ServerRequest request, String name) {
		String value = parameter(request, name);
		if (value == null || value.isEmpty()) {
			return null;
		}
		try {
			return json.readValue(value, Object.class);
		}
		catch (JacksonException ex) {
			throw invalid("The parameter \"" + name + "\" is not URL-encoded JSON: " + ex.getOriginalMessage());
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Object map) {
		return (Map<String, Object>) map;
	}

	private static InvalidRequestException invalid(String message) {
		return new InvalidRequestException(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_REQUEST.name(), message);
	}

	/**
	 * The four parts of a GraphQL request; {@code document} is empty when only an id was
	 * sent.
	 */
	public record HttpGraphQlRequest(String document, String operationName, Map<String, Object> variables,
			Map<String, Object> extensions) {
	}

}
