package dev.inkwell.relay;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * How a list counts its rows for many parents at once, in one statement: the count loader
 * of a list.
 */
@FunctionalInterface
public interface ParentCounts {

	/** A count for every parent id asked for (0 for a parent without rows). */
	Map<Long, Long> count(Collection<Long> parentIds);

	/**
	 * Runs a count statement over {@code :ids} that returns {@code parent_id} and
	 * {@code total} (e.g. a {@code count(*) … group by}); parents it does not return
	 * count 0.
	 */
	static Map<Long, Long> query(JdbcClient jdbc, String sql, Collection<Long> parentIds) {
		Map<Long, Long> counts = new HashMap<>();
		parentIds.forEach(id -> counts.put(id, 0L));
		jdbc.sql(sql).param("ids", new SqlArrayValue("bigint", parentIds.toArray())).query(rs -> {
			counts.put(rs.getLong("parent_id"), rs.getLong("total"));
		});
		return counts;
	}

}
