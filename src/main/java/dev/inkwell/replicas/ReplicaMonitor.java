package dev.inkwell.replicas;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checks the replicas four times a second. Each round first samples how far the primary
 * has flushed its WAL, then asks each replica how far it has replayed: a replica's lag is
 * the age of the newest sample it has replayed entirely (an upper bound, by at most one
 * round). A replica that does not answer, is not a standby, or lags more than
 * {@code replica-max-lag} gets no reads until a round finds it usable again. Once a
 * minute a round also forgets write positions older than any usable replica can be
 * behind.
 */
final class ReplicaMonitor implements AutoCloseable {

	static final Duration INTERVAL = Duration.ofMillis(250);

	private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

	private static final Logger log = LoggerFactory.getLogger(ReplicaMonitor.class);

	private final ReplicaSet replicas;

	private final long maxLagMillis;

	private final WritePositions positions;

	private final JdbcTemplate primary;

	/** Primary samples, oldest first: {nanoTime, flushed WAL position}. */
	private final ArrayDeque<long[]> samples = new ArrayDeque<>();

	private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread daemon = new Thread(task, "inkwell-replica-monitor");
		daemon.setDaemon(true);
		return daemon;
	});

	private long lastPrune = System.nanoTime();

	ReplicaMonitor(ReplicaSet replicas, Duration maxLag, WritePositions positions) {
		this.replicas = replicas;
		this.maxLagMillis = maxLag.toMillis();
		this.positions = positions;
		this.primary = new JdbcTemplate(replicas.primary());
		this.primary.setQueryTimeout(2);
	}

	void start() {
		thread.scheduleWithFixedDelay(this::round, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** One round now, on the caller's thread (tests, and the first check at start-up). */
	synchronized void round() {
		try {
			samplePrimary();
			replicas.replicas().forEach(this::check);
			pruneOnceAMinute();
		}
		catch (RuntimeException ex) {
			log.warn("Checking the replicas failed: {}", ex.toString());
		}
	}

	private void samplePrimary() {
		long now = System.nanoTime();
		try {
			Long flushed = primary.queryForObject("select (pg_current_wal_flush_lsn() - '0/0')::bigint", Long.class);
			samples.addLast(new long[] { now, flushed });
		}
		catch (RuntimeException ex) {
			log.debug("The primary did not say how far it has written: {}", ex.toString());
		}
		long keep = TimeUnit.MILLISECONDS.toNanos(maxLagMillis + 1_000) + 2 * INTERVAL.toNanos();
		while (samples.size() > 1 && now - samples.peekFirst()[0] > keep) {
			samples.removeFirst();
		}
	}

	private void check(Replica replica) {
		Replica.State before = replica.state();
		Replica.State after;
		try {
			Long replayed = replica.replayed();
			if (replayed == null) {
				after = new Replica.State(true, -1, -1, false, "not a standby");
			}
			else {
				long lag = lagMillis(replayed);
				boolean usable = lag >= 0 && lag <= maxLagMillis;
				after = new Replica.State(true, replayed, lag, usable,
						usable ? null : (lag < 0 ? "lag not known yet" : "lags more than " + maxLagMillis + " ms"));
			}
			replica.update(after);
		}
		catch (SQLException ex) {
			replica.failed(ex);
			after = replica.state();
		}
		if (before.usable() != after.usable()) {
			log.info("Replica {} ({}) {}", replica.name(), replica.displayUrl(),
					after.usable() ? "takes reads" : "takes no reads: " + after.problem());
		}
	}

	/**
	 * The age of the newest primary sample this position has passed: 0 when it has passed
	 * the last one; -1 when it has passed none (it is further behind than the samples
	 * reach, or there are none yet).
	 */
	private long lagMillis(long replayed) {
		long now = System.nanoTime();
		Iterator<long[]> newestFirst = samples.descendingIterator();
		boolean newest = true;
		while (newestFirst.hasNext()) {
			long[] sample = newestFirst.next();
			if (sample[1] <= replayed) {
				return newest ? 0 : TimeUnit.NANOSECONDS.toMillis(now - sample[0]);
			}
			newest = false;
		}
		return -1;
	}

	private void pruneOnceAMinute() {
		long now = System.nanoTime();
		if (now - lastPrune < PRUNE_EVERY.toNanos()) {
			return;
		}
		lastPrune = now;
		// A usable replica is at most max-lag (and one round) behind: older positions
		// hold back no read. Ten times that leaves room for instances with other
		// settings.
		positions.prune(Duration.ofMillis(Math.max(10 * maxLagMillis, PRUNE_EVERY.toMillis())));
	}

	@Override
	public void close() {
		thread.shutdownNow();
	}

}
