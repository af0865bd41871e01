package dev.inkwell.transport;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a GraphQL response to JSON by walking it. graphql-java's result is maps, lists,
 * strings, numbers and booleans; handed to Jackson's data binding as an untyped map, each
 * of its values costs a serializer lookup by class, a seventh of a feed request's CPU
 * (ADR 022). The walk switches on those few types and writes them to Jackson's generator
 * directly; any other value (a record in an extension) goes to data binding as before.
 */
final class ResultJson {

	private static final int INITIAL_BYTES = 8192;

	private final JsonMapper json;

	ResultJson(JsonMapper json) {
		this.json = json;
	}

	/** The response as UTF-8 JSON. */
	byte[] write(Map<String, Object> response) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(INITIAL_BYTES);
		try (JsonGenerator generator = json.createGenerator(out)) {
			value(generator, response);
		}
		return out.toByteArray();
	}

	private static void value(JsonGenerator generator, Object value) {
		if (value instanceof String text) {
			generator.writeString(text);
		}
		else if (value instanceof Map<?, ?> object) {
			generator.writeStartObject();
			for (Map.Entry<?, ?> entry : object.entrySet()) {
				generator.writeName(String.valueOf(entry.getKey()));
				value(generator, entry.getValue());
			}
			generator.writeEndObject();
		}
		else if (value instanceof List<?> list) {
			generator.writeStartArray();
			for (Object element : list) {
				value(generator, element);
			}
			generator.writeEndArray();
		}
		else if (value == null) {
			generator.writeNull();
		}
		else if (value instanceof Integer number) {
			generator.writeNumber(number);
		}
		else if (value instanceof Boolean flag) {
			generator.writeBoolean(flag);
		}
		else if (value instanceof Long number) {
			generator.writeNumber(number);
		}
		else if (value instanceof Double number) {
			generator.writeNumber(number);
		}
		else {
			generator.writePOJO(value);
		}
	}

}
