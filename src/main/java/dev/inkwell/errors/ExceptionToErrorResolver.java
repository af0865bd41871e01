package dev.inkwell.errors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * The one place where exceptions become GraphQL errors: a classification, an
 * {@code extensions.code} and the path. Unexpected failures are logged with an id and
 * masked.
 */
@Component
class ExceptionToErrorResolver extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(ExceptionToErrorResolver.class);

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof InvalidInputException invalid) {
			return error(env, ErrorType.BAD_REQUEST, ErrorCode.BAD_USER_INPUT, invalid.getMessage(),
					Map.of("argument", invalid.argument()));
		}
		if (ex instanceof ConstraintViolationException invalid) {
			return invalidFields(env, invalid);
		}
		if (ex instanceof UnauthenticatedException) {
			return error(env, ErrorType.UNAUTHORIZED, ErrorCode.UNAUTHENTICATED, ex.getMessage(), Map.of());
		}
		if (ex instanceof ForbiddenException forbidden) {
			return error(env, ErrorType.FORBIDDEN, forbidden.code(), ex.getMessage(), Map.of());
		}
		if (ex instanceof InvalidTokenException invalid) {
			return error(env, ErrorType.BAD_REQUEST, ErrorCode.INVALID_TOKEN, ex.getMessage(),
					Map.of("argument", invalid.argument()));
		}
		if (ex instanceof NotFoundException notFound) {
			return error(env, ErrorType.NOT_FOUND, ErrorCode.NOT_FOUND, ex.getMessage(),
					Map.of("argument", notFound.argument()));
		}
		if (ex instanceof ConflictException conflict) {
			return error(env, ErrorType.BAD_REQUEST, ErrorCode.CONFLICT, ex.getMessage(), conflict.details());
		}
		if (ex instanceof RateLimitedException limited) {
			return error(env, ErrorType.BAD_REQUEST, ErrorCode.RATE_LIMITED, ex.getMessage(),
					Map.of("retryAfterSeconds", limited.retryAfterSeconds()));
		}
		if (ex instanceof OptimisticLockingFailureException) {
			// Features turn this into a CONFLICT with the current version; this is the
			// safety net.
			return error(env, ErrorType.BAD_REQUEST, ErrorCode.CONFLICT,
					"Changed by someone else: read it again and retry", Map.of());
		}
		var violation = DatabaseConstraints.violationOf(ex);
		if (violation.isPresent()) {
			var found = violation.get();
			log.debug("Constraint violation at {} reported as {}", env.getExecutionStepInfo().getPath(), found, ex);
			Map<String, Object> details = new LinkedHashMap<>();
			if (found.field() != null) {
				details.put("fields", List.of(field(found.field(), found.message())));
			}
			return error(env, ErrorType.BAD_REQUEST, found.code(), found.message(), details);
		}
		var databaseFailure = DatabaseExceptionClassifier.classify(ex);
		if (databaseFailure.isPresent()) {
			log.warn("Database trouble at {} reported as {}: {}", env.getExecutionStepInfo().getPath(),
					databaseFailure.get(), ex.toString());
			String message = databaseFailure.get() == ErrorCode.TIMEOUT
					? "The database took too long to answer: retry later"
					: "The database is unavailable: retry shortly";
			return GraphqlErrorBuilder.newError(env)
				.errorType(graphql.ErrorClassification.errorClassification(databaseFailure.get().name()))
				.message(message)
				.extensions(withCode(databaseFailure.get(), Map.of("retryAfterSeconds", 1)))
				.build();
		}
		String errorId = UUID.randomUUID().toString();
		log.error("Internal error {} at {}", errorId, env.getExecutionStepInfo().getPath(), ex);
		return error(env, ErrorType.INTERNAL_ERROR, ErrorCode.INTERNAL,
				"Internal error; quote " + errorId + " when reporting it", Map.of("errorId", errorId));
	}

	/**
	 * Bean Validation of an {@code @Valid} argument: every failing field at once, named
	 * by its path inside the argument ({@code title}, not
	 * {@code createPost.input.title}).
	 */
	private static GraphQLError invalidFields(DataFetchingEnvironment env, ConstraintViolationException invalid) {
		String argument = null;
		List<Map<String, Object>> fields = new ArrayList<>();
		for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
			List<String> names = new ArrayList<>();
			for (Path.Node node : violation.getPropertyPath()) {
				if (node.getKind() == ElementKind.PARAMETER) {
					argument = node.getName();
				}
				else if (node.getKind() == ElementKind.PROPERTY) {
					names.add(node.getName());
				}
			}
			fields.add(field(names.isEmpty() ? argument : String.join(".", names), violation.getMessage()));
		}
		fields.sort((a, b) -> String.valueOf(a.get("field")).compareTo(String.valueOf(b.get("field"))));
		Map<String, Object> details = new LinkedHashMap<>();
		if (argument != null) {
			details.put("argument", argument);
		}
		details.put("fields", fields);
		return error(env, ErrorType.BAD_REQUEST, ErrorCode.BAD_USER_INPUT,
				"Some input values cannot be used: see 'fields'", details);
	}

	private static Map<String, Object> field(String name, String message) {
		Map<String, Object> field = new LinkedHashMap<>();
		field.put("field", name);
		field.put("message", message);
		return field;
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, ErrorCode code, String message,
			Map<String, Object> details) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(type)
			.message(message)
			.extensions(withCode(code, details))
			.build();
	}

	private static Map<String, Object> withCode(ErrorCode code, Map<String, Object> details) {
		Map<String, Object> extensions = new LinkedHashMap<>(details);
		extensions.put("code", code.name());
		return extensions;
	}

}
