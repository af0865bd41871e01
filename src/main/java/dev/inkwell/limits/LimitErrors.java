package dev.inkwell.limits;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.OperationDefinition;

import dev.inkwell.errors.ErrorCode;

/**
 * The errors with which a document is refused before it runs, each with its
 * {@code extensions.code}.
 */
final class LimitErrors {

	private LimitErrors() {
	}

	static GraphQLError tooComplex(String message, Map<String, Object> details) {
		return error(ErrorType.ExecutionAborted, ErrorCode.QUERY_TOO_COMPLEX, message, details);
	}

	static GraphQLError notAQuery(OperationDefinition.Operation operation) {
		return error(ErrorType.ExecutionAborted, ErrorCode.METHOD_NOT_ALLOWED,
				"A " + operation.name().toLowerCase() + " cannot be sent with GET: use POST", Map.of());
	}

	static GraphQLError busy(Duration waited) {
		return error(ErrorClassification.errorClassification("UNAVAILABLE"), ErrorCode.UNAVAILABLE,
				"Too many expensive queries are running; waited %d ms: retry shortly".formatted(waited.toMillis()),
				Map.of("retryAfterSeconds", 1));
	}

	private static GraphQLError error(ErrorClassification type, ErrorCode code, String message,
			Map<String, Object> details) {
		Map<String, Object> extensions = new LinkedHashMap<>(details);
		extensions.put("code", code.name());
		return GraphqlErrorBuilder.newError().errorType(type).message(message).extensions(extensions).build();
	}

}
