package dev.inkwell.docs;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The curl commands of a shell snippet that send a GraphQL request to {@code /graphql} (a
 * JSON body, or {@code query=} in the URL). Words are split the way a POSIX shell splits
 * them (quotes, backslash-newline, comments, pipes), so a command over several lines with
 * a quoted JSON body is one request, sent as curl would send it.
 */
final class ShellCurl {

	/** curl options whose value this reading has no use for. */
	private static final Set<String> IGNORED_WITH_VALUE = Set.of("-o", "--output", "-w", "--write-out", "-u", "--user",
			"-A", "--user-agent", "-b", "--cookie", "-c", "--cookie-jar", "-e", "--referer", "-m", "--max-time",
			"--connect-timeout");

	private ShellCurl() {
	}

	/** A request with the line (0-based, within the snippet) where its command starts. */
	record Located(int line, CurlRequest request) {

	}

	static List<Located> requests(String script) {
		List<Located> found = new ArrayList<>();
		for (ShellWords.Command command : ShellWords.commands(script)) {
			curl(command.words()).ifPresent(request -> found.add(new Located(command.line(), request)));
		}
		return found;
	}

	/** The request of a {@code curl} command to {@code /graphql}; empty for any other. */
	static Optional<CurlRequest> curl(List<String> command) {
		Iterator<String> words = command.stream()
			// A "$ " prompt and variable assignments may come before the command.
			.dropWhile(word -> word.equals("$") || word.matches("[A-Za-z_]\\w*=.*"))
			.iterator();
		if (!words.hasNext() || !words.next().equals("curl")) {
			return Optional.empty();
		}
		String method = null;
		String url = null;
		boolean get = false;
		boolean json = false;
		List<String> headers = new ArrayList<>();
		List<String> data = new ArrayList<>();
		while (words.hasNext()) {
			String word = words.next();
			switch (word) {
				case "-H", "--header" -> headers.add(next(words));
				case "-d", "--data", "--data-raw", "--data-binary", "--data-ascii" -> data.add(next(words));
				case "--data-urlencode" -> data.add(urlEncoded(next(words)));
				case "--json" -> {
					data.add(next(words));
					json = true;
				}
				case "-X", "--request" -> method = next(words);
				case "-G", "--get" -> get = true;
				case "--url" -> url = next(words);
				default -> {
					if (IGNORED_WITH_VALUE.contains(word)) {
						next(words);
					}
					else if (word.startsWith("-X") && word.length() > 2) {
						method = word.substring(2);
					}
					else if (!word.startsWith("-")) {
						url = word;
					}
				}
			}
		}
		String target = (url != null) ? url.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("^[^/?]*", "") : "";
		if (!target.equals("/graphql") && !target.startsWith("/graphql?")) {
			return Optional.empty();
		}
		String body = data.isEmpty() ? null : String.join("&", data);
		if (get && body != null) {
			target += (target.contains("?") ? "&" : "?") + body;
			body = null;
		}
		// A request without a GraphQL request in it (a CORS preflight, a page) is no
		// example.
		boolean carriesRequest = (body != null) ? body.strip().startsWith("{") : target.matches(".*[?&]query=.*");
		if (!carriesRequest) {
			return Optional.empty();
		}
		if (json) {
			addIfAbsent(headers, "Content-Type", "application/json");
			addIfAbsent(headers, "Accept", "application/json");
		}
		if (body != null) {
			addIfAbsent(headers, "Content-Type", "application/x-www-form-urlencoded");
		}
		addIfAbsent(headers, "Accept", "*/*");
		String verb = (method != null) ? method : (body != null) ? "POST" : "GET";
		return Optional.of(new CurlRequest(verb, target, List.copyOf(headers), body));
	}

	private static String next(Iterator<String> words) {
		return words.hasNext() ? words.next() : "";
	}

	/** {@code name=content} with the content percent-encoded, as curl does. */
	private static String urlEncoded(String value) {
		int equals = value.indexOf('=');
		String content = URLEncoder.encode(value.substring(equals + 1), StandardCharsets.UTF_8).replace("+", "%20");
		return (equals <= 0) ? content : value.substring(0, equals + 1) + content;
	}

	// curl sends these defaults itself, so the server sees what a reader's curl sends.
	private static void addIfAbsent(List<String> headers, String name, String value) {
		if (new CurlRequest("GET", "", headers, null).header(name) == null) {
			headers.add(name + ": " + value);
		}
	}

}
