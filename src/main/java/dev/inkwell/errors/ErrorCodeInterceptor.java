package dev.inkwell.errors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.validation.ValidationError;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Errors that graphql-java raises itself (parse and validation failures) carry only a
 * classification; this gives them the same {@code extensions.code} as every other error,
 * and a validation error the path of the field it is about.
 */
@Component
class ErrorCodeInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map(response -> {
			List<GraphQLError> errors = response.getExecutionResult().getErrors();
			if (errors.stream().allMatch(ErrorCodeInterceptor::hasCode)) {
				return response;
			}
			List<GraphQLError> withCodes = errors.stream()
				.map(error -> hasCode(error) ? error : withCode(error))
				.toList();
			return response.transform(builder -> builder.errors(withCodes));
		});
	}

	private static boolean hasCode(GraphQLError error) {
		return error.getExtensions() != null && error.getExtensions().containsKey("code");
	}

	private static GraphQLError withCode(GraphQLError error) {
		Map<String, Object> extensions = new LinkedHashMap<>(
				error.getExtensions() == null ? Map.of() : error.getExtensions());
		extensions.put("code", codeOf(error.getErrorType()).name());
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.locations(error.getLocations())
			.errorType(error.getErrorType())
			.extensions(extensions);
		if (error.getPath() != null) {
			builder.path(error.getPath());
		}
		else if (error instanceof ValidationError validation && !validation.getQueryPath().isEmpty()) {
			builder.path(List.<Object>copyOf(validation.getQueryPath()));
		}
		return builder.build();
	}

	private static ErrorCode codeOf(ErrorClassification classification) {
		if (classification == ErrorType.InvalidSyntax) {
			return ErrorCode.GRAPHQL_PARSE_FAILED;
		}
		if (classification == ErrorType.ExecutionAborted) {
			return ErrorCode.QUERY_TOO_COMPLEX;
		}
		// Introspection switched off (spring.graphql.schema.introspection.enabled=false):
		// the document asks for
		// fields this server does not serve.
		if (classification == ErrorType.ValidationError || "IntrospectionDisabled".equals(classification.toString())) {
			return ErrorCode.GRAPHQL_VALIDATION_FAILED;
		}
		if (classification == org.springframework.graphql.execution.ErrorType.BAD_REQUEST) {
			return ErrorCode.BAD_USER_INPUT;
		}
		if (classification == org.springframework.graphql.execution.ErrorType.NOT_FOUND) {
			return ErrorCode.NOT_FOUND;
		}
		if (classification == org.springframework.graphql.execution.ErrorType.UNAUTHORIZED) {
			return ErrorCode.UNAUTHENTICATED;
		}
		if (classification == org.springframework.graphql.execution.ErrorType.FORBIDDEN) {
			return ErrorCode.FORBIDDEN;
		}
		return ErrorCode.INTERNAL;
	}

}
