package dev.inkwell.transport;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
 * threads end after a minute and start again on demand.
 */
final class ExecutionThreads {

	static final String NAME = "graphql-execution";

	private ExecutionThreads() {
	}

	static Scheduler start(int threads, int queued) {
		ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(Math.max(1, queued)), daemons(), new ThreadPoolExecutor.AbortPolicy());
		pool.allowCoreThreadTimeOut(true);
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

}
