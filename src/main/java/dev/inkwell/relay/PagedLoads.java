package dev.inkwell.relay;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
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

	static <N> Map<PageKey, Connection<N>> connections(Map<PageKey, List<Edge<N>>> pages,
			LoaderKey<Long, Long> countLoader) {
		return pages.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> Connection.fromEdges(entry.getValue(),
					entry.getKey().page(), new TotalCount(countLoader, entry.getKey().parentId()))));
	}

	static <N, K, V> JoinedList<N, K, V> registerJoined(BatchLoaderRegistry registry, JdbcClient jdbc,
			LoaderKey<PageKey, JoinedPage<N, K, V>> pages, RowMapper<Edge<N>> edges, PrimingJoin<K, V> joined,
			LoaderKey<Long, Long> countLoader) {
		RowMapper<JoinedRow<N, V>> joinedRows = (rs, row) -> new JoinedRow<>(edges.mapRow(rs, row),
				joined.rows().mapRow(rs, row));
		pages.register(registry)
			.registerMappedBatchLoader((keys,
					env) -> Mono.fromSupplier(() -> PageStatement
						.run(jdbc, joined.query().pagesStatement(SelectedFields.in(env)), List.copyOf(keys), joinedRows)
						.entrySet()
						.stream()
						.collect(Collectors.toMap(Map.Entry::getKey,
								entry -> JoinedPage.of(entry.getKey(), entry.getValue(), countLoader, joined)))));
		return new JoinedList<>(pages, joined);
	}

	/**
	 * The joined variant of a list: its pages' loader and the join whose rows it primes.
	 */
	record JoinedList<N, K, V>(LoaderKey<PageKey, JoinedPage<N, K, V>> pages, PrimingJoin<K, V> join) {

		/**
		 * A page, its joined rows primed into the registry's own DataLoader: priming
		 * needs none of the wrapper graphql-java builds on each {@code env.getDataLoader}
		 * call.
		 */
		CompletableFuture<Connection<N>> load(PageKey key, DataFetchingEnvironment env) {
			DataLoader<K, V> primed = join.loader().primedIn(env);
			return pages.in(env).load(key).thenApply(page -> {
				page.joined().forEach(primed::prime);
				return page.connection();
			});
		}

	}

	/** An edge and the row joined to it. */
	record JoinedRow<N, V>(Edge<N> edge, V joined) {
	}

	/** A page and the joined rows to prime, by their key. */
	record JoinedPage<N, K, V>(Connection<N> connection, Map<K, V> joined) {

		static <N, K, V> JoinedPage<N, K, V> of(PageKey key, List<JoinedRow<N, V>> rows,
				LoaderKey<Long, Long> countLoader, PrimingJoin<K, V> spec) {
			Connection<N> connection = Connection.fromEdges(rows.stream().map(JoinedRow::edge).toList(), key.page(),
					new TotalCount(countLoader, key.parentId()));
			Map<K, V> joined = new HashMap<>();
			rows.forEach(row -> joined.putIfAbsent(spec.keyOf().apply(row.joined()), row.joined()));
			return new JoinedPage<>(connection, joined);
		}

	}

}
