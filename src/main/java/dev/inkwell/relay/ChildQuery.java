package dev.inkwell.relay;

import dev.inkwell.projection.Columns;
import dev.inkwell.projection.SelectedFields;
import dev.inkwell.projection.SqlPart;

/**
 * The child side of a list under a list: the rows of one parent and their keyset order (a
 * time and an id, newest or oldest first). {@link #pagesStatement()} turns it into the
 * one statement that reads a page for every parent of a level; a feature writes only its
 * table, filter and order.
 *
 * @param from the table the rows come from, with its joins (e.g.
 * {@code comment c join author a ...})
 * @param columns the select list of a row: fixed, or the {@link Columns} of its tables,
 * which read costly columns only for the fields an operation selects
 * @param parentColumn the column that holds the parent's id
 * @param filter a further condition on the rows, or null
 * @param timeColumn the first keyset column
 * @param idColumn the second keyset column: it breaks ties, so the order is total
 * @param newestFirst descending (newest first) or ascending (oldest first)
 */
public record ChildQuery(SqlPart from, SqlPart columns, String parentColumn, String filter, String timeColumn,
		String idColumn, boolean newestFirst) {

	/**
	 * A LATERAL subquery runs one index seek per key of the level (the index on parent,
	 * time, id), so 50 parents' pages cost one statement, not 50. The keys come in as
	 * arrays, so the SQL text is the same whatever their number and the prepared
	 * statement is reused. WITH ORDINALITY tags each row with the key it answers (a
	 * parent may be asked for two different pages).
	 */
	private static final String PAGES = """
			select k.ordinality, c.*
			from unnest(:parentIds::bigint[], :afterTimes::timestamptz[], :afterIds::bigint[], :limits::int[])
			     with ordinality as k(parent_id, after_time, after_id, row_limit, ordinality)
			cross join lateral (%s) c
			order by k.ordinality, c.key_time%s, c.key_id%s""";

	/**
	 * {@code LIMIT first + 1}: the extra row says that a next page exists. The first page
	 * compares with ±infinity rather than skipping the comparison
	 * ({@code after is null or …}), so the row comparison is always an index condition: a
	 * deep page starts where the cursor points, it does not scan the parent's rows before
	 * it.
	 */
	private static final String SEEK = """
			select %s, %s as %skey_time, %s as %skey_id
			from %s
			where %s = %s%s
			  and (%s, %s) %s (coalesce(k.after_time, '%s'), coalesce(k.after_id, 0))
			order by %s%s, %s%s
			limit k.row_limit""";

	/**
	 * The rows of {@code from} whose {@code parentColumn} holds the parent's id, not yet
	 * ordered.
	 */
	public static ChildQuery of(String from, String columns, String parentColumn) {
		return of(from, SqlPart.of(columns), parentColumn);
	}

	/** Like {@link #of(String, String, String)}, the columns rendered per operation. */
	public static ChildQuery of(String from, SqlPart columns, String parentColumn) {
		return new ChildQuery(SqlPart.of(from), columns, parentColumn, null, null, null, true);
	}

	public ChildQuery where(String condition) {
		return new ChildQuery(from, columns, parentColumn, condition, timeColumn, idColumn, newestFirst);
	}

	public ChildQuery newestFirst(String time, String id) {
		return new ChildQuery(from, columns, parentColumn, filter, time, id, true);
	}

	public ChildQuery oldestFirst(String time, String id) {
		return new ChildQuery(from, columns, parentColumn, filter, time, id, false);
	}

	public ChildQuery withFrom(String joinedFrom, SqlPart joinedColumns) {
		return new ChildQuery(SqlPart.of(joinedFrom), joinedColumns, parentColumn, filter, timeColumn, idColumn,
				newestFirst);
	}

	/**
	 * This list reached through a link table, merged into one list per parent of the
	 * link: the feed is the posts of each author ({@code Author.posts}) through
	 * {@code follow}. Each linked parent gives at most one page (its own index seek) and
	 * the merge of those takes the page, so the cost grows with the links times the page
	 * size, never with everything behind them.
	 */
	public ChildQuery through(String link, String linkParentColumn, String linkChildColumn) {
		SqlPart inner = selected -> "%s cross join lateral (%s) c".formatted(link,
				seek(linkChildColumn, "inner_", selected));
		return new ChildQuery(inner, SqlPart.of("c.*"), linkParentColumn, null, "c.inner_key_time", "c.inner_key_id",
				newestFirst);
	}

	/**
	 * The statement reading one page per key, bound by {@link PageStatement}, with the
	 * columns the operation's fields need: rendered once per operation, so that a request
	 * neither formats it again nor makes the driver hash a new text to find its prepared
	 * statement.
	 */
	public String pagesStatement(SelectedFields selected) {
		return selected.rendered(this,
				fields -> PAGES.formatted(seek("k.parent_id", "", fields), direction(), direction()));
	}

	private String seek(String parent, String keyPrefix, SelectedFields selected) {
		if (timeColumn == null) {
			throw new IllegalStateException("A child query needs its keyset order: newestFirst or oldestFirst");
		}
		return SEEK.formatted(columns.render(selected), timeColumn, keyPrefix, idColumn, keyPrefix,
				from.render(selected), parentColumn, parent, filter == null ? "" : " and " + filter, timeColumn,
				idColumn, newestFirst ? "<" : ">", newestFirst ? "infinity" : "-infinity", timeColumn, direction(),
				idColumn, direction());
	}

	private String direction() {
		return newestFirst ? " desc" : "";
	}

}
