package dev.inkwell.explorer;

import java.lang.reflect.InvocationTargetException;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;

/**
 * {@code EXPLAIN (ANALYZE, BUFFERS)} of a statement about to run, with its parameters, on
 * its own connection. ANALYZE executes the statement, so the explain always runs inside a
 * savepoint (or, outside a transaction, a transaction of its own) that is rolled back: a
 * write happens once, by the statement itself. Sequence values the rolled-back run drew
 * stay used (PostgreSQL never returns them), so ids skip a number for each explained
 * insert.
 */
final class PlanExplainer {

	private static final Pattern EXPLAINABLE = Pattern
		.compile("^\\s*(select|with|insert|update|delete|values|table|merge)\\b", Pattern.CASE_INSENSITIVE);

	String explain(ExecutionInfo execution, QueryInfo query) {
		if (!EXPLAINABLE.matcher(query.getQuery()).find() || execution.getStatement() instanceof CallableStatement) {
			return null;
		}
		try {
			Connection connection = execution.getStatement().getConnection();
			return explainRolledBack(connection, query);
		}
		catch (SQLException ex) {
			return "(no plan: " + reason(ex) + ")";
		}
	}

	private static String explainRolledBack(Connection connection, QueryInfo query) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		Savepoint savepoint = null;
		if (autoCommit) {
			connection.setAutoCommit(false);
		}
		else {
			savepoint = connection.setSavepoint();
		}
		try {
			return runExplain(connection, query);
		}
		catch (SQLException ex) {
			return "(no plan: " + reason(ex) + ")";
		}
		finally {
			if (autoCommit) {
				connection.rollback();
				connection.setAutoCommit(true);
			}
			else {
				connection.rollback(savepoint);
				connection.releaseSavepoint(savepoint);
			}
		}
	}

	private static String runExplain(Connection connection, QueryInfo query) throws SQLException {
		try (PreparedStatement explain = connection
			.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + query.getQuery())) {
			List<List<ParameterSetOperation>> parameterSets = query.getParametersList();
			if (!parameterSets.isEmpty()) {
				replay(explain, parameterSets.get(0));
			}
			StringJoiner plan = new StringJoiner("\n");
			try (ResultSet lines = explain.executeQuery()) {
				while (lines.next()) {
					plan.add(lines.getString(1));
				}
			}
			return plan.toString();
		}
	}

	/**
	 * Sets the same parameters, by the same JDBC calls, as the application set on its
	 * statement.
	 */
	private static void replay(PreparedStatement explain, List<ParameterSetOperation> operations) throws SQLException {
		for (ParameterSetOperation operation : operations) {
			try {
				operation.getMethod().invoke(explain, operation.getArgs());
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause() instanceof SQLException sql ? sql : new SQLException(ex.getCause());
			}
			catch (IllegalAccessException ex) {
				throw new SQLException(ex);
			}
		}
	}

	private static String reason(SQLException ex) {
		String state = ex.getSQLState();
		return state == null ? ex.getClass().getSimpleName().toLowerCase(Locale.ROOT) : "SQLSTATE " + state;
	}

}
