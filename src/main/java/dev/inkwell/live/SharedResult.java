package dev.inkwell.live;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

/**
 * One event's result for a whole group of subscribers: executed once, serialized once.
 * Its specification map holds the JSON text of {@code data} (and {@code errors}) as raw
 * values, so each transport writes the same UTF-8 bytes into every subscriber's message
 * instead of encoding the result again.
 */
final class SharedResult implements ExecutionResult {

	private final ExecutionResult result;

	private final Map<String, Object> specification;

	private SharedResult(ExecutionResult result, Map<String, Object> specification) {
		this.result = result;
		this.specification = specification;
	}

	static SharedResult of(ExecutionResult result) {
		Map<String, Object> specification = new LinkedHashMap<>();
		result.toSpecification()
			.forEach((key, value) -> specification.put(key,
					new RawValue(new SerializedString(JsonMapper.shared().writeValueAsString(value)))));
		return new SharedResult(result, java.util.Collections.unmodifiableMap(specification));
	}

	@Override
	public List<GraphQLError> getErrors() {
		return result.getErrors();
	}

	@Override
	public <T> T getData() {
		return result.getData();
	}

	@Override
	public boolean isDataPresent() {
		return result.isDataPresent();
	}

	@Override
	public Map<Object, Object> getExtensions() {
		return result.getExtensions();
	}

	@Override
	public Map<String, Object> toSpecification() {
		return specification;
	}

}
