package dev.inkwell.overrides;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RunnableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The threads GraphQL requests execute on: a fixed number of them taking requests from
 * one queue, oldest first (ADR 027). A thread that comes free takes the request that has
 * waited longest, whichever thread is still busy; Reactor's bounded-elastic scheduler
 * would instead have queued each request behind the thread least busy when it came, so a
 * request could wait behind a long one while another thread idled. Past the queue's
 * capacity a request is rejected
 * ({@link java.util.concurrent.RejectedExecutionException}, answered UNAVAILABLE). Idle
 * threads end after a minute and start again on demand. Metered: requests queued
 * ({@code inkwell.execution.queued}) and the time each waited for a thread
 * ({@code inkwell.execution.queue.wait}).
 */
final class ExecutionThreads {

	static final String NAME = "graphql-execution";

	private ExecutionThreads() {
	}

	static Scheduler start(int threads, int queued, MeterRegistry meters) {
		Timer waited = Timer.builder("inkwell.execution.queue.wait")
			.description("Time a GraphQL request waited for an execution thread")
			.register(meters);
		ThreadPoolExecutor pool = new MeteredPool(threads, Math.max(1, queued), waited);
		pool.allowCoreThreadTimeOut(true);
		Gauge.builder("inkwell.execution.queued", pool, executor -> executor.getQueue().size())
			.description("GraphQL requests waiting for an execution thread")
			.register(meters);
		return Schedulers.fromExecutorService(pool, NAME);
	}

	private static ThreadFactory daemons() {
		AtomicInteger count = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, NAME + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/**
	 * Times each task from its submission to the start of its run. The time rides on the
	 * future the pool creates for every submitted task anyway: metering adds one long to
	 * it, and no object, per request.
	 */
	private static final class MeteredPool extends ThreadPoolExecutor {

		private final Timer waited;

		MeteredPool(int threads, int queued, Timer waited) {
			super(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queued), daemons(),
					new ThreadPoolExecutor.AbortPolicy());
			this.waited = waited;
		}

		@Override
		protected <T> RunnableFuture<T> newTaskFor(Callable<T> callable) {
			return new QueuedTask<>(callable);
		}

		@Override
		protected <T> RunnableFuture<T> newTaskFor(Runnable runnable, T value) {
			return new QueuedTask<>(runnable, value);
		}

		@Override
		protected void beforeExecute(Thread thread, Runnable task) {
			if (task instanceof QueuedTask<?> queued) {
				waited.record(System.nanoTime() - queued.submitted, TimeUnit.NANOSECONDS);
			}
		}

	}

	/** A submitted task and when it was submitted. */
	private static final class QueuedTask<T> extends FutureTask<T> {

		private final long submitted = System.nanoTime();

		QueuedTask(Callable<T> callable) {
			super(callable);
		}

		QueuedTask(Runnable runnable, T value) {
			super(runnable, value);
		}

	}

}
