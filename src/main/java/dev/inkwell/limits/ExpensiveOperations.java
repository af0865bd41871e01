package dev.inkwell.limits;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import dev.inkwell.graphql.ExecutionEndListener;
import dev.inkwell.graphql.GraphQlProperties;
import graphql.GraphQLContext;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * Lets at most {@code maxConcurrentExpensive} operations whose cost reaches
 * {@code expensiveCost} run at once, so no number of concurrent large requests can fill
 * the heap: each may build up to {@code maxCost} values, and only a few such results
 * exist at a time. A request waits a bounded time for a permit ({@code expensiveWait}),
 * then is refused with UNAVAILABLE. The permit is taken while the document is checked
 * ({@link ParsedDocumentCache}) and given back when the execution ends, whatever its
 * outcome. Metered: permits in use, operations waiting, and the time each waited.
 */
@Component
class ExpensiveOperations implements ExecutionEndListener {

	/** The GraphQL context key under which a request holds its permit. */
	private static final String PERMIT = ExpensiveOperations.class.getName() + ".permit";

	private final Semaphore permits;

	private final GraphQlProperties limits;

	private final Timer acquired;

	private final Timer refused;

	ExpensiveOperations(GraphQlProperties limits, MeterRegistry meters) {
		this.limits = limits;
		int max = Math.max(1, limits.maxConcurrentExpensive());
		this.permits = new Semaphore(max, true);
		Gauge.builder("inkwell.expensive.permits.used", permits, taken -> max - taken.availablePermits())
			.description("Permits held by running expensive operations")
			.register(meters);
		Gauge.builder("inkwell.expensive.permits.waiting", permits, Semaphore::getQueueLength)
			.description("Expensive operations waiting for a permit")
			.register(meters);
		this.acquired = waited(meters, "acquired");
		this.refused = waited(meters, "refused");
	}

	private static Timer waited(MeterRegistry meters, String outcome) {
		return Timer.builder("inkwell.expensive.permits.wait")
			.description("Time an expensive operation waited for a permit")
			.tag("outcome", outcome)
			.register(meters);
	}

	/**
	 * Takes a permit for an operation of this cost when it needs one; false when none
	 * came free in time.
	 */
	boolean admit(long cost, GraphQLContext context) {
		if (cost < limits.expensiveCost() || context.hasKey(PERMIT)) {
			return true;
		}
		long start = System.nanoTime();
		boolean admitted;
		try {
			admitted = permits.tryAcquire(limits.expensiveWait().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		(admitted ? acquired : refused).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		if (admitted) {
			context.put(PERMIT, Boolean.TRUE);
		}
		return admitted;
	}

	/** Gives the permit back, if the execution held one. */
	@Override
	public void executionEnded(GraphQLContext context) {
		if (context.hasKey(PERMIT)) {
			context.delete(PERMIT);
			permits.release();
		}
	}

}
