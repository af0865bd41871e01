package dev.inkwell.errors;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises failures that say the database is unreachable or too slow rather than that
 * the request is wrong: they become UNAVAILABLE or TIMEOUT (with a retry hint) instead of
 * INTERNAL, so a client can retry and an operator sees the cause. Walks the cause chain:
 * the pool, the driver and Spring wrap each other.
 */
final class DatabaseExceptionClassifier {

	/**
	 * PostgreSQL's query_canceled: a statement ran past {@code statement_timeout} or the
	 * JDBC query timeout.
	 */
	private static final String QUERY_CANCELED = "57014";

	private DatabaseExceptionClassifier() {
	}

	static Optional<ErrorCode> classify(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof QueryTimeoutException || cause instanceof SQLTimeoutException) {
				return Optional.of(ErrorCode.TIMEOUT);
			}
			// A transaction that could not begin, commit or roll back because the
			// connection broke.
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientConnectionException
					|| cause instanceof CannotCreateTransactionException || cause instanceof TransactionSystemException
					|| cause instanceof DataAccessResourceFailureException) {
				return Optional.of(ErrorCode.UNAVAILABLE);
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				if (state.equals(QUERY_CANCELED)) {
					return Optional.of(ErrorCode.TIMEOUT);
				}
				// 08: connection exceptions; 57P0x: the server shuts down or cannot take
				// connections; 53300: too many.
				if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")) {
					return Optional.of(ErrorCode.UNAVAILABLE);
				}
			}
		}
		return Optional.empty();
	}

}
