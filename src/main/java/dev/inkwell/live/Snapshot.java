package dev.inkwell.live;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A PostgreSQL snapshot as {@code pg_current_snapshot()::text} prints it
 * ({@code xmin:xmax:xip,…}): which transactions were still in progress when a read was
 * taken.
 */
record Snapshot(long xmin, long xmax, Set<Long> inProgress) {

	static Snapshot parse(String text) {
		String[] parts = text.split(":", -1);
		Set<Long> inProgress = parts.length < 3 || parts[2].isEmpty() ? Set.of()
				: Arrays.stream(parts[2].split(",")).map(Long::valueOf).collect(Collectors.toUnmodifiableSet());
		return new Snapshot(Long.parseLong(parts[0]), Long.parseLong(parts[1]), inProgress);
	}

	/** True when none of {@code transactions} is still in progress in this snapshot. */
	boolean allFinished(Set<Long> transactions) {
		return transactions.stream().noneMatch(inProgress::contains);
	}

}
