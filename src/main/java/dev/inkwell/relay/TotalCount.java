package dev.inkwell.relay;

/**
 * Where a connection's {@code totalCount} comes from: the count loader of its list and
 * the parent it counts for. The one {@code totalCount} fetcher ({@link TotalCountWiring})
 * asks that loader, so all connections of a level are counted in one statement, only when
 * a client selects the field, and no resolver needs to know what kind of parent a
 * connection has.
 *
 * @param loader the key of a {@code DataLoader<Long, Long>} registered by
 * {@link FieldWiring}, named after its field
 * @param parentId the parent whose children are counted ({@link #WHOLE_LIST} for a
 * top-level list)
 */
public record TotalCount(LoaderKey<Long, Long> loader, long parentId) {

	/** The key of a top-level list's count: there is one list, so one key. */
	public static final long WHOLE_LIST = 0;

}
