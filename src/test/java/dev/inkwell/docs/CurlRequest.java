package dev.inkwell.docs;

import java.util.List;
import java.util.regex.Matcher;

/**
 * The HTTP request a curl command of the documentation sends: method, path with query
 * string, header lines as written ({@code "Name: value"}) and body (null when none).
 */
record CurlRequest(String method, String target, List<String> headers, String body) {

	private static final String TOKEN = "(\\$TOKEN\\b|\\$\\{TOKEN})";

	/** The value of the first header of that name, or null. */
	String header(String name) {
		return headers.stream()
			.filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
			.map(line -> line.substring(name.length() + 1).trim())
			.findFirst()
			.orElse(null);
	}

	/** Whether it asks for a stream of events (a subscription over SSE). */
	boolean streams() {
		String accept = header("Accept");
		return accept != null && accept.contains("text/event-stream");
	}

	boolean mentionsToken() {
		return (target + headers + body).matches("(?s).*" + TOKEN + ".*");
	}

	/** The same request with {@code $TOKEN} and {@code ${TOKEN}} replaced by a token. */
	CurlRequest withToken(String token) {
		String value = Matcher.quoteReplacement(token);
		return new CurlRequest(method, target.replaceAll(TOKEN, value),
				headers.stream().map(line -> line.replaceAll(TOKEN, value)).toList(),
				(body != null) ? body.replaceAll(TOKEN, value) : null);
	}

}
