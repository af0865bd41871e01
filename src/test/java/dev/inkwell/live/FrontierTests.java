package dev.inkwell.live;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which outbox positions a reader hands on when transactions commit out of order or roll
 * back.
 */
class FrontierTests {

	private static Snapshot inProgress(Long... xids) {
		return new Snapshot(100, 200, Set.of(xids));
	}

	private static List<Long> advance(Frontier frontier, Snapshot snapshot, Long... visible) {
		return frontier.advance(List.of(visible), Long::longValue, snapshot);
	}

	@Test
	void shouldHandOnContiguousPositionsAtOnce() {
		Frontier frontier = new Frontier(10);

		assertThat(advance(frontier, inProgress(), 11L, 12L, 13L)).containsExactly(11L, 12L, 13L);
		assertThat(frontier.delivered()).isEqualTo(13);
		assertThat(frontier.gapPending()).isFalse();
	}

	@Test
	void shouldWaitForATransactionStillWritingBelowAVisiblePositionThenHandOnBothInOrder() {
		Frontier frontier = new Frontier(10);

		// 11 is taken by transaction 150, still in progress; 12 committed first.
		assertThat(advance(frontier, inProgress(150L), 12L)).isEmpty();
		assertThat(frontier.gapPending()).isTrue();
		// Still in progress: nothing yet, however often the reader looks.
		assertThat(advance(frontier, inProgress(150L, 160L), 12L)).isEmpty();
		// 150 committed: 11 is visible now.
		assertThat(advance(frontier, inProgress(160L), 11L, 12L)).containsExactly(11L, 12L);
		assertThat(frontier.gapPending()).isFalse();
	}

	@Test
	void shouldSkipAPositionWhoseTransactionRolledBackOnceItFinished() {
		Frontier frontier = new Frontier(10);

		assertThat(advance(frontier, inProgress(150L), 12L, 13L)).isEmpty();
		// 150 ended and 11 never became visible: it rolled back.
		assertThat(advance(frontier, inProgress(170L), 12L, 13L)).containsExactly(12L, 13L);
		assertThat(frontier.delivered()).isEqualTo(13);
	}

	@Test
	void shouldSkipAGapAtOnceWhenNoTransactionWasInProgress() {
		Frontier frontier = new Frontier(10);

		assertThat(advance(frontier, inProgress(), 12L)).containsExactly(12L);
	}

	@Test
	void shouldNotLetANewerTransactionResolveAGapAboveWhatItsWitnessesCover() {
		Frontier frontier = new Frontier(10);
		assertThat(advance(frontier, inProgress(150L), 12L)).isEmpty();
		// 150 rolled back (11 is gone); meanwhile 13 is taken by 180 and 14 committed.
		assertThat(advance(frontier, inProgress(180L), 12L, 14L)).containsExactly(12L);
		// The gap at 13 has its own witness, 180: it waits for it.
		assertThat(advance(frontier, inProgress(180L), 14L)).isEmpty();
		assertThat(advance(frontier, inProgress(), 13L, 14L)).containsExactly(13L, 14L);
	}

	@Test
	void shouldParseTheSnapshotTextOfPostgres() {
		assertThat(Snapshot.parse("748:752:748,750")).isEqualTo(new Snapshot(748, 752, Set.of(748L, 750L)));
		assertThat(Snapshot.parse("752:752:")).isEqualTo(new Snapshot(752, 752, Set.of()));
	}

}
