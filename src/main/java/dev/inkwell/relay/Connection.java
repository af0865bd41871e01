package dev.inkwell.relay;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A Relay connection (one page of a list).
 *
 * @param totalCount where {@code totalCount} is counted when a client selects it; null
 * for a list without one (search results)
 */
public record Connection<N>(List<Edge<N>> edges, PageInfo pageInfo, TotalCount totalCount) {

	/**
	 * A page from edges fetched with {@code LIMIT first + 1}: the extra one only says
	 * that a next page exists.
	 */
	public static <N> Connection<N> fromEdges(List<? extends Edge<N>> fetched, Page page, TotalCount totalCount) {
		boolean hasNextPage = fetched.size() > page.first();
		List<Edge<N>> edges = new ArrayList<>(hasNextPage ? fetched.subList(0, page.first()) : fetched);
		PageInfo pageInfo = new PageInfo(hasNextPage, page.after() != null, edges.isEmpty() ? null : edges.get(0),
				edges.isEmpty() ? null : edges.get(edges.size() - 1));
		return new Connection<>(edges, pageInfo, totalCount);
	}

	/**
	 * A page of nodes fetched with {@code LIMIT first + 1}, each edge's cursor computed
	 * from its node.
	 */
	public static <N> Connection<N> fromRows(List<N> rows, Page page, Function<? super N, String> cursorOf,
			TotalCount totalCount) {
		return fromEdges(rows.stream().map(row -> Edge.of(row, cursorOf)).toList(), page, totalCount);
	}

}
