package dev.inkwell.live;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.inkwell.errors.ErrorCode;
import dev.inkwell.errors.InvalidInputException;
import dev.inkwell.errors.NotFoundException;
import dev.inkwell.errors.UnauthenticatedException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Errors of subscription streams as GraphQL errors with an {@code extensions.code}, like
 * the errors of queries (graphql-ws sends them as an {@code error} message, SSE as a last
 * {@code next} before {@code complete}). The path names the subscription field.
 */
@Component
class SubscriptionErrors extends SubscriptionExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(SubscriptionErrors.class);

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex) {
		Throwable cause = ex instanceof FieldFailure failure ? failure.getCause() : ex;
		List<Object> path = ex instanceof FieldFailure failure ? List.of(failure.field()) : List.of();
		if (cause instanceof SubscriptionFailure failure) {
			return error(path, failure.type(), failure.code(), failure.getMessage(), failure.details());
		}
		if (cause instanceof InvalidInputException invalid) {
			return error(path, ErrorType.BAD_REQUEST, ErrorCode.BAD_USER_INPUT, invalid.getMessage(),
					Map.of("argument", invalid.argument()));
		}
		if (cause instanceof NotFoundException notFound) {
			return error(path, ErrorType.NOT_FOUND, ErrorCode.NOT_FOUND, notFound.getMessage(),
					Map.of("argument", notFound.argument()));
		}
		if (cause instanceof UnauthenticatedException) {
			return error(path, ErrorType.UNAUTHORIZED, ErrorCode.UNAUTHENTICATED, cause.getMessage(), Map.of());
		}
		String errorId = UUID.randomUUID().toString();
		log.error("Internal error {} in subscription {}", errorId, path, cause);
		return error(path, ErrorType.INTERNAL_ERROR, ErrorCode.INTERNAL,
				"Internal error; quote " + errorId + " when reporting it", Map.of("errorId", errorId));
	}

	private static GraphQLError error(List<Object> path, ErrorType type, ErrorCode code, String message,
			Map<String, Object> details) {
		Map<String, Object> extensions = new LinkedHashMap<>(details);
		extensions.put("code", code.name());
		return GraphqlErrorBuilder.newError()
			.path(path)
			.errorType(type)
			.message(message)
			.extensions(extensions)
			.build();
	}

	/**
	 * A failure of one subscription field's stream, so that the error can name the field.
	 */
	static final class FieldFailure extends RuntimeException {

		private final String field;

		FieldFailure(String field, Throwable cause) {
			super(cause.getMessage(), cause, false, false);
			this.field = field;
		}

		String field() {
			return this.field;
		}

	}

}
