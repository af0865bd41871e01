package dev.inkwell.explorer;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements of one GraphQL request, in the order they started. It is bound to the
 * request's thread and travels to data fetchers and batch loaders on other threads with
 * Spring for GraphQL's context propagation ({@link SqlLogAccessor}), so concurrent
 * requests never mix.
 */
final class SqlLog {

	static final ThreadLocal<SqlLog> CURRENT = new ThreadLocal<>();

	/** The request attribute under which the log waits for the response. */
	static final String ATTRIBUTE = SqlLog.class.getName();

	private final boolean explain;

	private final List<CapturedStatement> statements = new ArrayList<>();

	/**
	 * The statement each open result set came from, to count the rows the server reads
	 * from it.
	 */
	private final Map<ResultSet, CapturedStatement> byResultSet = new IdentityHashMap<>();

	SqlLog(boolean explain) {
		this.explain = explain;
	}

	static SqlLog current() {
		return CURRENT.get();
	}

	boolean explain() {
		return explain;
	}

	synchronized CapturedStatement started(String sql, String plan) {
		CapturedStatement statement = new CapturedStatement(sql, plan);
		statements.add(statement);
		return statement;
	}

	synchronized void resultOf(ResultSet resultSet, CapturedStatement statement) {
		byResultSet.put(resultSet, statement);
	}

	synchronized CapturedStatement readFrom(ResultSet resultSet) {
		return byResultSet.get(resultSet);
	}

	/**
	 * The contract: {@code { count, totalMs, statements: [{ sql, ms, rows, plan? }] }}.
	 */
	synchronized Map<String, Object> toExtension() {
		double total = 0;
		List<Map<String, Object>> entries = new ArrayList<>();
		for (CapturedStatement statement : statements) {
			total += statement.millis();
			entries.add(statement.toExtension());
		}
		Map<String, Object> sql = new LinkedHashMap<>();
		sql.put("count", statements.size());
		sql.put("totalMs", Math.round(total * 1_000) / 1_000.0);
		sql.put("statements", entries);
		return sql;
	}

}
