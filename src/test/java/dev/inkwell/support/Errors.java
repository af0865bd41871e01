package dev.inkwell.support;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assertions on what a client sees of an error: classification, extensions.code, fields,
 * path.
 */
public final class Errors {

	private Errors() {
	}

	/**
	 * The response has exactly one error, with this code and classification, and no data
	 * for the failed field.
	 */
	public static void assertSingleError(GraphQlTester.Response response, String code, ErrorType classification) {
		response.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(hasCode(code, classification)));
	}

	/**
	 * Like {@link #assertSingleError} and the error names these input fields in
	 * {@code extensions.fields}.
	 */
	public static void assertFieldError(GraphQlTester.Response response, String code, String... fields) {
		response.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(hasCode(code, ErrorType.BAD_REQUEST))
				.satisfies(error -> assertThat(fields(error)).containsExactlyInAnyOrder(fields)));
	}

	public static Consumer<ResponseError> hasCode(String code, ErrorType classification) {
		return error -> {
			assertThat(error.getExtensions()).containsEntry("code", code);
			assertThat(error.getErrorType()).isEqualTo(classification);
		};
	}

	/** The input fields an error names in {@code extensions.fields[*].field}. */
	@SuppressWarnings("unchecked")
	public static List<String> fields(ResponseError error) {
		List<Map<String, Object>> fields = (List<Map<String, Object>>) error.getExtensions()
			.getOrDefault("fields", List.of());
		return fields.stream().map(field -> (String) field.get("field")).toList();
	}

}
