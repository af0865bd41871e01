package dev.inkwell.limits;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import dev.inkwell.graphql.ExecutionEndListener;
import dev.inkwell.graphql.GraphQlProperties;
import graphql.GraphQLContext;

import org.springframework.stereotype.Component;

/**
 * Lets at most {@code maxConcurrentExpensive} operations whose cost reaches
 * {@code expensiveCost} run at once, so no number of concurrent large requests can fill
 * the heap: each may build up to {@code maxCost} values, and only a few such results
 * exist at a time. A request waits a bounded time for its turn ({@code expensiveWait}),
 * then is refused with UNAVAILABLE. The turn is taken while the document is checked
 * ({@link ParsedDocumentCache}) and given back when the execution ends, whatever its
 * outcome.
 */
@Component
class ExpensiveOperations implements ExecutionEndListener {

	/** The GraphQL context key under which a request holds its turn. */
	private static final String TURN = ExpensiveOperations.class.getName() + ".turn";

	private final Semaphore turns;

	private final GraphQlProperties limits;

	ExpensiveOperations(GraphQlProperties limits) {
		this.limits = limits;
		this.turns = new Semaphore(Math.max(1, limits.maxConcurrentExpensive()), true);
	}

	/**
	 * Takes a turn for an operation of this cost when it needs one; false when none came
	 * free in time.
	 */
	boolean admit(long cost, GraphQLContext context) {
		if (cost < limits.expensiveCost() || context.hasKey(TURN)) {
			return true;
		}
		try {
			if (!turns.tryAcquire(limits.expensiveWait().toMillis(), TimeUnit.MILLISECONDS)) {
				return false;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		context.put(TURN, Boolean.TRUE);
		return true;
	}

	/** Gives the turn back, if the execution held one. */
	@Override
	public void executionEnded(GraphQLContext context) {
		if (context.hasKey(TURN)) {
			context.delete(TURN);
			turns.release();
		}
	}

}
