package dev.inkwell.explorer;

import io.micrometer.context.ThreadLocalAccessor;

/**
 * Lets Spring for GraphQL carry a request's {@link SqlLog} to the threads its fetchers
 * and loaders run on.
 */
final class SqlLogAccessor implements ThreadLocalAccessor<SqlLog> {

	static final String KEY = "inkwell.sql-log";

	@Override
	public Object key() {
		return KEY;
	}

	@Override
	public SqlLog getValue() {
		return SqlLog.CURRENT.get();
	}

	@Override
	public void setValue(SqlLog value) {
		SqlLog.CURRENT.set(value);
	}

	@Override
	public void setValue() {
		SqlLog.CURRENT.remove();
	}

}
