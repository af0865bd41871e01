package dev.inkwell.overrides;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Encodes a GraphQL response as JSON with Jackson's streaming generator. graphql-java's
 * result is maps, lists, strings, numbers and booleans only: walking them here writes
 * each value by its type directly, where the object mapper looks up a serializer for
 * every value of every map (a feed holds about 2,000). Anything else (an object in an
 * error's extensions) goes to the mapper, so the bytes are the mapper's either way.
 */
final class ResponseJson {

	private final JsonMapper json;

	ResponseJson(JsonMapper json) {
		this.json = json;
	}

	ResponseBytes encode(Map<String, Object> response) {
		ResponseBytes bytes = new ResponseBytes();
		try (JsonGenerator generator = json.createGenerator(bytes)) {
			write(generator, response);
		}
		return bytes;
	}

	private void write(JsonGenerator generator, Object value) {
		if (value == null) {
			generator.writeNull();
		}
		else if (value instanceof String text) {
			generator.writeString(text);
		}
		else if (value instanceof ResponseMap object) {
			generator.writeStartObject();
			for (int i = 0; i < object.size(); i++) {
				generator.writeName(object.key(i));
				write(generator, object.value(i));
			}
			generator.writeEndObject();
		}
		else if (value instanceof Map<?, ?> map) {
			generator.writeStartObject();
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				generator.writeName(String.valueOf(entry.getKey()));
				write(generator, entry.getValue());
			}
			generator.writeEndObject();
		}
		else if (value instanceof List<?> list) {
			generator.writeStartArray();
			for (Object element : list) {
				write(generator, element);
			}
			generator.writeEndArray();
		}
		else if (value instanceof Boolean bool) {
			generator.writeBoolean(bool);
		}
		else if (value instanceof Integer number) {
			generator.writeNumber(number);
		}
		else if (value instanceof Long number) {
			generator.writeNumber(number);
		}
		else if (value instanceof Double number) {
			generator.writeNumber(number);
		}
		else if (value instanceof BigDecimal number) {
			generator.writeNumber(number);
		}
		else if (value instanceof BigInteger number) {
			generator.writeNumber(number);
		}
		else {
			json.writeValue(generator, value);
		}
	}

}
