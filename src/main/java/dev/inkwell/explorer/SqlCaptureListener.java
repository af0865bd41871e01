package dev.inkwell.explorer;

import java.sql.ResultSet;
import java.util.List;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ProxyJdbcObject;

/**
 * Records each statement into the current request's {@link SqlLog}; statements outside a
 * GraphQL request (migrations, start-up work) have no log and are ignored. With plans
 * asked for, the plan is taken just before the statement runs, on its connection, so it
 * sees what the statement sees.
 */
final class SqlCaptureListener implements QueryExecutionListener, MethodExecutionListener {

	private static final String CAPTURED = CapturedStatement.class.getName();

	private static final String STARTED_AT = "inkwell.started-at";

	private final PlanExplainer explainer = new PlanExplainer();

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		SqlLog log = SqlLog.current();
		if (log == null) {
			return;
		}
		// A batch of several SQL texts is one execution: its time and rows go to the
		// first of them.
		CapturedStatement first = null;
		for (QueryInfo query : queries) {
			String plan = log.explain() ? explainer.explain(execution, query) : null;
			CapturedStatement statement = log.started(query.getQuery(), plan);
			first = first == null ? statement : first;
		}
		execution.addCustomValue(CAPTURED, first);
		// After the plan: the statement's own time must not include its EXPLAIN.
		execution.addCustomValue(STARTED_AT, System.nanoTime());
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		CapturedStatement statement = execution.getCustomValue(CAPTURED, CapturedStatement.class);
		if (statement == null) {
			return;
		}
		long nanos = System.nanoTime() - execution.getCustomValue(STARTED_AT, Long.class);
		statement.finished(nanos, updatedRows(execution.getResult()));
		if (execution.getResult() instanceof ResultSet resultSet) {
			// Rows are counted on the result set the proxy wraps: that is the target
			// next() is called on.
			SqlLog log = SqlLog.current();
			if (log != null) {
				log.resultOf(resultSet instanceof ProxyJdbcObject proxy ? (ResultSet) proxy.getTarget() : resultSet,
						statement);
			}
		}
	}

	/**
	 * Rows written, from an update count; rows read are counted as the result set is
	 * read.
	 */
	private static long updatedRows(Object result) {
		if (result instanceof Integer count) {
			return Math.max(count, 0);
		}
		if (result instanceof Long count) {
			return Math.max(count, 0);
		}
		if (result instanceof int[] counts) {
			long sum = 0;
			for (int count : counts) {
				sum += Math.max(count, 0);
			}
			return sum;
		}
		return 0;
	}

	@Override
	public void beforeMethod(MethodExecutionContext context) {
	}

	@Override
	public void afterMethod(MethodExecutionContext context) {
		if (context.getTarget() instanceof ResultSet resultSet && Boolean.TRUE.equals(context.getResult())
				&& "next".equals(context.getMethod().getName())) {
			SqlLog log = SqlLog.current();
			if (log != null) {
				countRow(log, resultSet);
			}
		}
	}

	private static void countRow(SqlLog log, ResultSet resultSet) {
		CapturedStatement statement = log.readFrom(resultSet);
		if (statement != null) {
			statement.rowRead();
		}
	}

}
