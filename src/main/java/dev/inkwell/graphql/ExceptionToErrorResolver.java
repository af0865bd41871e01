package dev.inkwell.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * The one place where exceptions become GraphQL errors: a classification, an
 * {@code extensions.code} and the path. Unexpected failures are logged with an id and masked.
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
		String errorId = UUID.randomUUID().toString();
		log.error("Internal error {} at {}", errorId, env.getExecutionStepInfo().getPath(), ex);
		return error(env, ErrorType.INTERNAL_ERROR, ErrorCode.INTERNAL, "Internal error; quote " + errorId + " when reporting it",
				Map.of("errorId", errorId));
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
