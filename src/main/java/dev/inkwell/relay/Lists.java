package dev.inkwell.relay;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Declares the lists of the API: for a list under a list, its page loader (one statement
 * for every parent of a level) and next to it its count loader; for a top-level list, its
 * count loader. A relationship declares a {@link ChildQuery}, a row mapper and a count,
 * and nothing else.
 */
@Component
public class Lists {

	private static final String COUNT = ".count";

	private static final String JOINED = ".joined";

	private final BatchLoaderRegistry registry;

	private final JdbcClient jdbc;

	private final PagingProperties paging;

	Lists(BatchLoaderRegistry registry, JdbcClient jdbc, PagingProperties paging) {
		this.registry = registry;
		this.jdbc = jdbc;
		this.paging = paging;
	}

	/**
	 * A list under a list, e.g. {@code Author.posts}: pages and counts batched over a
	 * level.
	 */
	public <N> PerParentList<N> perParent(String name, ChildQuery child, RowMapper<Edge<N>> edges,
			ParentCounts counts) {
		return perParent(name, child, edges, counts, null);
	}

	/**
	 * Like {@link #perParent(String, ChildQuery, RowMapper, ParentCounts)}, with a joined
	 * variant.
	 */
	public <N, K, V> PerParentList<N> perParent(String name, ChildQuery child, RowMapper<Edge<N>> edges,
			ParentCounts counts, Joined<K, V> joined) {
		String countLoader = counted(name, counts);
		registry.<PageKey, Connection<N>>forName(name)
			.registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> connections(
					PageStatement.run(jdbc, child.pagesStatement(SelectedFields.in(env)), List.copyOf(keys), edges),
					countLoader)));
		if (joined != null) {
			RowMapper<JoinedRow<N, V>> joinedRows = (rs, row) -> new JoinedRow<>(edges.mapRow(rs, row),
					joined.rows().mapRow(rs, row));
			registry.<PageKey, JoinedPage<N, K, V>>forName(name + JOINED)
				.registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> PageStatement
					.run(jdbc, joined.query().pagesStatement(SelectedFields.in(env)), List.copyOf(keys), joinedRows)
					.entrySet()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey,
							entry -> JoinedPage.of(entry.getKey(), entry.getValue(), countLoader, joined)))));
		}
		return new PerParentList<>(name, name + JOINED, joined, paging);
	}

	/** A top-level list's count (all posts, all authors): counted once, when selected. */
	public TotalCount wholeList(String name, LongSupplier count) {
		return new TotalCount(counted(name, ids -> Map.of(TotalCount.WHOLE_LIST, count.getAsLong())),
				TotalCount.WHOLE_LIST);
	}

	/** Registers a list's count loader and returns its name. */
	public String counted(String name, ParentCounts counts) {
		String loader = name + COUNT;
		registry.<Long, Long>forName(loader)
			.registerMappedBatchLoader((ids, env) -> Mono.fromSupplier(() -> counts.count(ids)));
		return loader;
	}

	private static <N> Map<PageKey, Connection<N>> connections(Map<PageKey, List<Edge<N>>> pages, String countLoader) {
		return pages.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> Connection.fromEdges(entry.getValue(),
					entry.getKey().page(), new TotalCount(countLoader, entry.getKey().parentId()))));
	}

	/** An edge and the row joined to it. */
	record JoinedRow<N, V>(Edge<N> edge, V joined) {
	}

	/** A page and the joined rows to prime, by their key. */
	record JoinedPage<N, K, V>(Connection<N> connection, Map<K, V> joined) {

		static <N, K, V> JoinedPage<N, K, V> of(PageKey key, List<JoinedRow<N, V>> rows, String countLoader,
				Joined<K, V> spec) {
			Connection<N> connection = Connection.fromEdges(rows.stream().map(JoinedRow::edge).toList(), key.page(),
					new TotalCount(countLoader, key.parentId()));
			Map<K, V> joined = new HashMap<>();
			rows.forEach(row -> joined.putIfAbsent(spec.keyOf().apply(row.joined()), row.joined()));
			return new JoinedPage<>(connection, joined);
		}

	}

}
