package dev.inkwell.overrides;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response's encoder writes the bytes the object mapper would, for every kind of
 * value a response holds.
 */
class ResponseJsonTests {

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final ResponseJson encoder = new ResponseJson(mapper);

	@Test
	void shouldWriteWhatTheObjectMapperWritesForEveryKindOfValue() {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("title", "Quotes \" backslashes \\ tabs \t and ünïcödé ✓ 😀");
		node.put("body", null);
		node.put("count", 42);
		node.put("big", Long.MAX_VALUE);
		node.put("ratio", 0.25);
		node.put("exact", new BigDecimal("12.50"));
		node.put("huge", new BigInteger("123456789012345678901234567890"));
		node.put("deleted", false);
		node.put("tags", Arrays.asList("a", null, "c"));
		node.put("empty", List.of());
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", "BAD_REQUEST");
		extensions.put("where", new Place(3, "line"));
		List<Object> edges = new ArrayList<>();
		edges.add(Map.of("node", node));
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("data", Map.of("posts", Map.of("edges", edges)));
		response.put("errors", List.of(Map.of("message", "Partly", "extensions", extensions)));

		byte[] encoded = encoder.encode(response).toByteArray();

		assertThat(new String(encoded, StandardCharsets.UTF_8)).isEqualTo(mapper.writeValueAsString(response));
	}

	@Test
	void shouldKeepTheOrderOfEveryMapsEntries() {
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("zeta", 1);
		response.put("alpha", 2);
		response.put("mid", 3);

		assertThat(new String(encoder.encode(response).toByteArray(), StandardCharsets.UTF_8))
			.isEqualTo("{\"zeta\":1,\"alpha\":2,\"mid\":3}");
	}

	@Test
	void shouldWriteTheResponsesOwnObjectsLikeAnyMap() {
		ResponseMap author = ResponseMap.of(List.of("username", "bio"), Arrays.asList("ada", null));
		ResponseMap node = ResponseMap.of(List.of("id", "depth", "author"), List.of("Q29tbWVudDox", 3, author));
		Map<String, Object> response = Map.of("data", ResponseMap.of(List.of("node"), List.of(node)));

		assertThat(new String(encoder.encode(response).toByteArray(), StandardCharsets.UTF_8)).isEqualTo(
				"{\"data\":{\"node\":{\"id\":\"Q29tbWVudDox\",\"depth\":3,\"author\":{\"username\":\"ada\",\"bio\":null}}}}")
			.isEqualTo(mapper.writeValueAsString(response));
		assertThat(node).containsEntry("depth", 3).containsKey("author").doesNotContainKey("body").hasSize(3);
	}

	@Test
	void shouldWriteAResponseLargerThanManyChunksWhole() {
		List<Object> edges = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			edges.add(ResponseMap.of(List.of("depth", "body"), List.of(i % 200, "A reply ünïcödé number " + i)));
		}
		Map<String, Object> response = Map.of("data", Map.of("edges", edges));

		ResponseBytes encoded = encoder.encode(response);

		String expected = mapper.writeValueAsString(response);
		assertThat(encoded.size()).isGreaterThan(1_000_000).isEqualTo(expected.getBytes(StandardCharsets.UTF_8).length);
		assertThat(new String(encoded.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(expected);
	}

	record Place(int column, String kind) {
	}

}
