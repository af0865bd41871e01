package dev.inkwell.transport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.RawHttp;
import dev.inkwell.support.RawHttp.Response;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two thousand random requests (documents built from the schema's names and GraphQL's
 * punctuation, random variables, random bodies, methods, media types and GET parameters):
 * never a 5xx, never a stack trace or an internal name, and the server still answers
 * afterwards. Seeded, so a failure can be replayed:
 * {@code -Dinkwell.fuzz.seed=N -Dinkwell.fuzz.requests=N}.
 */
@InkwellIntegrationTest
class FuzzIntegrationTests {

	private static final long SEED = Long.getLong("inkwell.fuzz.seed", 20261201L);

	private static final int REQUESTS = Integer.getInteger("inkwell.fuzz.requests", 2000);

	/**
	 * Names from the schema, plus some it lacks; {@code register} and {@code login} left
	 * out so no rows are made.
	 */
	private static final String[] NAMES = { "posts", "authors", "post", "author", "node", "viewer", "feed",
			"searchPosts", "edges", "node", "pageInfo", "hasNextPage", "endCursor", "totalCount", "id", "title", "body",
			"bodyHtml", "comments", "thread", "replies", "depth", "username", "displayName", "followers", "following",
			"stats", "postCount", "commentCount", "createdAt", "__typename", "__schema", "__type", "types", "name",
			"fields", "createPost", "addComment", "deleteComment", "follow", "setRole", "nope", "first", "after",
			"query", "maxDepth", "input", "ofType", "kind" };

	private static final String[] PUNCTUATION = { "{", "}", "(", ")", ":", "$", "@", "...", "!", "[", "]", "=", ",",
			"\"", "#", "\n", "on", "fragment", "query", "mutation", "subscription", "include", "skip", "if", "true",
			"null", "-1", "100", "99999999999999999999", "1e308", "\"\\u0000\"", "\"\uD83D\uDE00\"", "\uFFFF" };

	private static final String[] CONTENT_TYPES = { "application/json", "application/json; charset=utf-8",
			"application/graphql", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "", "%%%",
			"application/json; charset=latin1" };

	private static final String[] ACCEPTS = { "application/json", "application/graphql-response+json", "*/*",
			"text/html", "", "application/graphql-response+json, application/json;q=0.9", "image/png", ";;;" };

	@LocalServerPort
	int port;

	@Test
	void shouldAnswerEveryRandomRequestWithoutA5xxOrAStackTrace() {
		Random random = new Random(SEED);
		RawHttp http = new RawHttp(port);
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < REQUESTS && problems.size() < 5; i++) {
			Response answer = send(http, random);
			String body = answer.body();
			if (answer.status() >= 500 || body.contains("Exception") || body.contains("\tat ")
					|| body.contains("dev.inkwell.") || body.contains("org.springframework.")) {
				problems.add("request " + i + " (seed " + SEED + "): " + answer.status() + " " + body);
			}
		}
		assertThat(problems).isEmpty();
		Response alive = http.post("application/json", RawHttp.body("{ __typename }", Map.of()));
		assertThat(alive.status()).isEqualTo(200);
		assertThat(alive.json()).containsEntry("data", Map.of("__typename", "Query")).doesNotContainKey("errors");
	}

	private static Response send(RawHttp http, Random random) {
		String accept = pick(random, ACCEPTS);
		return switch (random.nextInt(6)) {
			case 0 -> http.post("application/json", RawHttp.toJson(request(random)), "Accept", orAny(accept));
			case 1 -> http.get(parameters(random), "Accept", orAny(accept));
			case 2 -> http.post(pick(random, CONTENT_TYPES).isEmpty() ? null : pick(random, CONTENT_TYPES),
					randomBytes(random), "Accept", orAny(accept));
			case 3 -> http.post("application/json", RawHttp.toJson(value(random, 3)), "Accept", orAny(accept));
			case 4 -> http.method(random.nextBoolean() ? "PUT" : "DELETE", RawHttp.toJson(request(random)));
			default -> http.post("application/json", truncated(random, RawHttp.toJson(request(random))), "Accept",
					orAny(accept));
		};
	}

	private static Map<String, Object> request(Random random) {
		Map<String, Object> request = new LinkedHashMap<>();
		if (random.nextInt(10) > 0) {
			request.put("query", document(random));
		}
		if (random.nextBoolean()) {
			request.put("variables", random.nextInt(5) == 0 ? value(random, 2) : variables(random));
		}
		if (random.nextInt(4) == 0) {
			request.put("operationName", random.nextBoolean() ? pick(random, NAMES) : value(random, 1));
		}
		if (random.nextInt(6) == 0) {
			request.put("extensions",
					random.nextBoolean()
							? Map.of("persistedQuery",
									Map.of("version", 1, "sha256Hash", Long.toHexString(random.nextLong())))
							: value(random, 2));
		}
		if (random.nextInt(10) == 0) {
			request.put("documentId", value(random, 1));
		}
		return request;
	}

	private static Map<String, String> parameters(Random random) {
		Map<String, String> parameters = new LinkedHashMap<>();
		Map<String, Object> request = request(random);
		request.forEach((key, value) -> parameters.put(key,
				value instanceof String text && random.nextInt(4) > 0 ? text : RawHttp.toJson(value)));
		if (random.nextInt(5) == 0) {
			parameters.put("variables", truncated(random, parameters.getOrDefault("variables", "{\"a\":1}")));
		}
		return parameters;
	}

	/**
	 * A document: mostly well-formed selections of real names with random arguments,
	 * sometimes token soup.
	 */
	private static String document(Random random) {
		if (random.nextInt(5) == 0) {
			StringBuilder soup = new StringBuilder();
			for (int i = random.nextInt(60); i > 0; i--) {
				soup.append(random.nextBoolean() ? pick(random, NAMES) : pick(random, PUNCTUATION)).append(' ');
			}
			return soup.toString();
		}
		String operation = switch (random.nextInt(8)) {
			case 0 -> "mutation ";
			case 1 -> "query Q($n: Int, $s: String) ";
			case 2 -> "subscription ";
			default -> "";
		};
		return operation + selection(random, 0);
	}

	private static String selection(Random random, int depth) {
		StringBuilder set = new StringBuilder("{ ");
		for (int i = 1 + random.nextInt(3); i > 0; i--) {
			if (random.nextInt(8) == 0) {
				set.append("a").append(random.nextInt(3)).append(": ");
			}
			set.append(pick(random, NAMES));
			if (random.nextInt(3) == 0) {
				set.append("(").append(pick(random, NAMES)).append(": ").append(argument(random)).append(")");
			}
			if (random.nextInt(12) == 0) {
				set.append(" @include(if: ").append(random.nextBoolean()).append(")");
			}
			if (depth < 6 && random.nextInt(3) > 0) {
				set.append(' ').append(selection(random, depth + 1));
			}
			set.append(' ');
		}
		if (random.nextInt(10) == 0) {
			set.append("... on ")
				.append(pick(random, new String[] { "Post", "Author", "Comment", "Nope" }))
				.append(" { id } ");
		}
		return set.append("}").toString();
	}

	private static String argument(Random random) {
		return switch (random.nextInt(7)) {
			case 0 -> Integer.toString(random.nextInt(250) - 50);
			case 1 -> "$n";
			case 2 -> "$s";
			case 3 -> "\"" + Long.toString(random.nextLong(), 36) + "\"";
			case 4 -> "{ title: \"t\", body: 3 }";
			case 5 -> "[1, 2]";
			default -> pick(random, PUNCTUATION);
		};
	}

	private static Map<String, Object> variables(Random random) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("n", value(random, 1));
		if (random.nextBoolean()) {
			variables.put("s", value(random, 1));
		}
		return variables;
	}

	private static Object value(Random random, int depth) {
		return switch (depth <= 0 ? random.nextInt(5) : random.nextInt(7)) {
			case 0 -> random.nextInt(300) - 100;
			case 1 -> Long.toString(random.nextLong(), 36);
			case 2 -> random.nextBoolean();
			case 3 -> random.nextDouble() * 1e12;
			case 4 -> null;
			case 5 -> {
				Map<String, Object> map = new LinkedHashMap<>();
				for (int i = random.nextInt(3); i > 0; i--) {
					map.put(pick(random, NAMES), value(random, depth - 1));
				}
				yield map;
			}
			default -> {
				List<Object> list = new ArrayList<>();
				for (int i = random.nextInt(3); i > 0; i--) {
					list.add(value(random, depth - 1));
				}
				yield list;
			}
		};
	}

	private static String randomBytes(Random random) {
		byte[] bytes = new byte[random.nextInt(200)];
		random.nextBytes(bytes);
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

	private static String truncated(Random random, String text) {
		return text.isEmpty() ? text : text.substring(0, random.nextInt(text.length()));
	}

	private static String orAny(String accept) {
		return accept.isEmpty() ? "*/*" : accept;
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

}
