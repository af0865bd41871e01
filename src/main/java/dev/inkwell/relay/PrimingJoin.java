package dev.inkwell.relay;

import java.util.function.Function;

import org.springframework.jdbc.core.RowMapper;

/**
 * A variant of a list's statement that joins a related row when a client selects it (e.g.
 * each comment's author), and primes that row into the field's own DataLoader: the field
 * then costs no statement, and its resolver reads from the DataLoader either way.
 *
 * @param selection the selection under the connection that asks for the join
 * ({@code edges/node/author})
 * @param query the joined child query
 * @param loader the DataLoader to prime (keyed by {@code keyOf})
 * @param keyOf the key a joined row is primed under
 * @param rows reads the joined row
 */
public record PrimingJoin<K, V>(String selection, ChildQuery query, LoaderKey<K, V> loader, RowMapper<V> rows,
		Function<V, K> keyOf) {
}
