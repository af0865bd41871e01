package dev.inkwell.explorer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One statement a request ran: its SQL with placeholders, its time, its rows (read or
 * written) and, when asked for, its plan. Rows of a query are counted as the server reads
 * them.
 */
final class CapturedStatement {

	private final String sql;

	private final String plan;

	private final AtomicLong rows = new AtomicLong();

	private volatile long nanos;

	CapturedStatement(String sql, String plan) {
		this.sql = sql;
		this.plan = plan;
	}

	void finished(long nanos, long updatedRows) {
		this.nanos = nanos;
		this.rows.addAndGet(updatedRows);
	}

	void rowRead() {
		rows.incrementAndGet();
	}

	double millis() {
		return Math.round(nanos / 1_000.0) / 1_000.0;
	}

	Map<String, Object> toExtension() {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("sql", sql);
		entry.put("ms", millis());
		entry.put("rows", rows.get());
		if (plan != null) {
			entry.put("plan", plan);
		}
		return entry;
	}

}
