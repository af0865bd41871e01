package dev.inkwell.relay;

import java.util.List;
import java.util.function.Function;

/**
 * A Relay connection (one page of a list).
 *
 * @param owner what the list belongs to (an author's id for Author.posts, null for a top-level
 *     list): lets {@code totalCount} be counted later, for all connections of a level at once, and
 *     only when a client selects it
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, Object owner) {

	/**
	 * A page from rows fetched with {@code LIMIT first + 1}: the extra row only says that a next
	 * page exists.
	 */
	public static <T> Connection<T> fromRows(List<T> rows, Page page, Function<T, String> cursorOf, Object owner) {
		boolean hasNextPage = rows.size() > page.first();
		List<Edge<T>> edges = rows.stream().limit(page.first()).map(row -> new Edge<T>(row, cursorOf)).toList();
		PageInfo pageInfo = new PageInfo(hasNextPage, page.after() != null,
				edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new Connection<>(edges, pageInfo, owner);
	}

}
