package dev.inkwell.relay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * Runs a {@link ChildQuery}'s statement for the keys of a level and gives each key its
 * rows, in order.
 */
final class PageStatement {

	private PageStatement() {
	}

	/**
	 * Parallel arrays, one entry per key; each key's rows come tagged with its position
	 * (ordinality).
	 */
	static <E> Map<PageKey, List<E>> run(JdbcClient jdbc, String sql, List<PageKey> keys, RowMapper<E> rows) {
		int size = keys.size();
		Long[] parentIds = new Long[size];
		String[] afterTimes = new String[size];
		Long[] afterIds = new Long[size];
		Integer[] limits = new Integer[size];
		List<List<E>> pages = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			PageKey key = keys.get(i);
			parentIds[i] = key.parentId();
			afterTimes[i] = key.after() == null ? null : key.after().time().toString();
			afterIds[i] = key.after() == null ? null : key.after().id();
			limits[i] = key.page().limit();
			pages.add(new ArrayList<>());
		}
		jdbc.sql(sql)
			.param("parentIds", new SqlArrayValue("bigint", (Object[]) parentIds))
			.param("afterTimes", new SqlArrayValue("text", (Object[]) afterTimes))
			.param("afterIds", new SqlArrayValue("bigint", (Object[]) afterIds))
			.param("limits", new SqlArrayValue("int4", (Object[]) limits))
			.query(rs -> {
				pages.get(rs.getInt("ordinality") - 1).add(rows.mapRow(rs, rs.getRow()));
			});
		Map<PageKey, List<E>> byKey = new LinkedHashMap<>();
		for (int i = 0; i < size; i++) {
			byKey.put(keys.get(i), pages.get(i));
		}
		return byKey;
	}

}
