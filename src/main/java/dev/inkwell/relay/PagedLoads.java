package dev.inkwell.relay;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import dev.inkwell.projection.SelectedFields;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The batch loaders behind a {@link PagedField}: a level's pages into connections, and
 * the joined variant that also hands back the rows to prime.
 */
final class PagedLoads {

	private PagedLoads() {
	}

	static <N> Map<PageKey, Connection<N>> connections(Map<PageKey, List<Edge<N>>> pages, String countLoader) {
		return pages.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> Connection.fromEdges(entry.getValue(),
					entry.getKey().page(), new TotalCount(countLoader, entry.getKey().parentId()))));
	}

	static <N, K, V> void registerJoined(BatchLoaderRegistry registry, JdbcClient jdbc, String name,
			RowMapper<Edge<N>> edges, Joined<K, V> joined, String countLoader) {
		RowMapper<JoinedRow<N, V>> joinedRows = (rs, row) -> new JoinedRow<>(edges.mapRow(rs, row),
				joined.rows().mapRow(rs, row));
		registry.<PageKey, JoinedPage<N, K, V>>forName(name)
			.registerMappedBatchLoader((keys,
					env) -> Mono.fromSupplier(() -> PageStatement
						.run(jdbc, joined.query().pagesStatement(SelectedFields.in(env)), List.copyOf(keys), joinedRows)
						.entrySet()
						.stream()
						.collect(Collectors.toMap(Map.Entry::getKey,
								entry -> JoinedPage.of(entry.getKey(), entry.getValue(), countLoader, joined)))));
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
