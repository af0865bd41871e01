package dev.inkwell.migrations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drift count for the health endpoint, computed lazily and cached: a check builds the
 * whole changelog in a scratch database (seconds), far too much for every probe. The
 * first health request starts a check on a background thread and reports
 * {@code checking}; later requests show the last result until it is older than
 * {@code inkwell.migrations.drift-check-interval}, then start the next check (one at a
 * time) while still showing the old result.
 */
class DriftMonitor {

	private static final Logger log = LoggerFactory.getLogger(DriftMonitor.class);

	private final Supplier<Drift> detector;

	private final Duration interval;

	private final Clock clock;

	private volatile Check last;

	private final AtomicReference<CompletableFuture<Check>> running = new AtomicReference<>();

	DriftMonitor(Supplier<Drift> detector, Duration interval, Clock clock) {
		this.detector = detector;
		this.interval = interval;
		this.clock = clock;
	}

	boolean isEnabled() {
		return !this.interval.isZero() && !this.interval.isNegative();
	}

	/** The last check (starting a new one when there is none or it is stale). */
	Optional<Check> current() {
		Check check = this.last;
		if (isEnabled() && (check == null || check.at().plus(this.interval).isBefore(this.clock.instant()))) {
			refresh();
		}
		return Optional.ofNullable(check);
	}

	/** Starts a check unless one is running; completes with its result. */
	CompletableFuture<Check> refresh() {
		CompletableFuture<Check> started = new CompletableFuture<>();
		CompletableFuture<Check> existing = this.running.compareAndExchange(null, started);
		if (existing != null) {
			return existing;
		}
		Thread thread = new Thread(() -> {
			Check check;
			try {
				check = new Check(this.clock.instant(), this.detector.get(), null);
			}
			catch (RuntimeException ex) {
				log.warn("Drift check failed: {}", ex.getMessage());
				check = new Check(this.clock.instant(), null, ex.getMessage());
			}
			this.last = check;
			this.running.set(null);
			started.complete(check);
		}, "inkwell-drift-check");
		thread.setDaemon(true);
		thread.start();
		return started;
	}

	/**
	 * One drift check.
	 *
	 * @param at when it finished
	 * @param drift what it found, null when it failed
	 * @param error why it failed
	 */
	record Check(Instant at, Drift drift, String error) {
	}

}
