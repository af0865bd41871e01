package dev.inkwell.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * The position up to which an instance has handed events on, in order, with none left
 * behind. Positions are taken when a row is written but become visible when its
 * transaction commits, so a reader can see 12 before 11. Every outbox row is written by a
 * trigger after its changed row, so the writing transaction already holds its xid when it
 * takes a position; a position that is missing below a visible one therefore belongs to a
 * transaction that was in progress in the reader's snapshot (or rolled back). A gap is
 * handed over only once every transaction in progress when it was first seen has
 * finished: then its rows are visible, or never will be (ADR 017). Not thread-safe: the
 * listener thread alone owns it.
 */
final class Frontier {

	private long delivered;

	/**
	 * The transactions in progress when the first unresolved gap was seen; null when none
	 * is pending.
	 */
	private Set<Long> gapWitnesses;

	/**
	 * The highest position read when the gap was seen: the witnesses account for every
	 * gap below it.
	 */
	private long gapCoveredThrough;

	Frontier(long delivered) {
		this.delivered = delivered;
	}

	long delivered() {
		return this.delivered;
	}

	boolean gapPending() {
		return this.gapWitnesses != null;
	}

	/**
	 * The rows that may be handed on now, in order: {@code rows} are those after
	 * {@link #delivered()}, ascending, all read under {@code snapshot}.
	 */
	<T> List<T> advance(List<T> rows, ToLongFunction<T> position, Snapshot snapshot) {
		List<T> ready = new ArrayList<>();
		long highestRead = rows.isEmpty() ? delivered : position.applyAsLong(rows.get(rows.size() - 1));
		for (T row : rows) {
			long at = position.applyAsLong(row);
			if (at != delivered + 1 && !gapResolved(at - 1, snapshot, highestRead)) {
				break;
			}
			ready.add(row);
			delivered = at;
		}
		if (gapWitnesses != null && delivered >= gapCoveredThrough) {
			gapWitnesses = null;
		}
		return ready;
	}

	private boolean gapResolved(long gapEnd, Snapshot snapshot, long highestRead) {
		if (gapWitnesses == null || gapEnd > gapCoveredThrough) {
			gapWitnesses = snapshot.inProgress();
			gapCoveredThrough = highestRead;
			// Nothing in progress: the missing positions were rolled back (or lost to a
			// crash).
			return gapWitnesses.isEmpty();
		}
		return snapshot.allFinished(gapWitnesses);
	}

}
