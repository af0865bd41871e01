package dev.inkwell.transport;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response walk writes exactly what Jackson's data binding writes for the same
 * result, values of every kind a response holds included.
 */
class ResultJsonTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final ResultJson resultJson = new ResultJson(json);

	@Test
	void shouldWriteWhatDataBindingWrites() {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("title", "Quotes \" and \\ backslashes, ünïcödé, emoji 🐘, control \u0001 and </script>");
		node.put("commentCount", 42);
		node.put("id", 9_000_000_000L);
		node.put("rank", 0.125);
		node.put("hasNextPage", false);
		node.put("bio", null);
		node.put("cost", new BigDecimal("12.50"));
		node.put("tags", List.of());
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("data", Map.of("posts", Map.of("edges", List.of(Map.of("node", node)))));
		response.put("errors", List.of(Map.of("message", "No post with this id", "locations",
				List.of(Map.of("line", 1, "column", 3)), "path", Arrays.asList("post", 0, "author"))));
		response.put("extensions", Map.of("sql", new Statement("select 1", 0.25, 1)));

		assertThat(new String(resultJson.write(response))).isEqualTo(json.writeValueAsString(response));
	}

	/** A value that is not a map, list, string, number or boolean. */
	record Statement(String sql, double ms, int rows) {
	}

}
