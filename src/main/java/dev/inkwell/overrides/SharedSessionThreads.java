package dev.inkwell.overrides;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Spring for GraphQL gives every WebSocket a scheduler of its own, {@code
 * Schedulers.newSingle("GraphQL-WsSession-<id>")}: on Java 17 a platform thread per
 * connection, parked for the connection's life only to run its sends one after another
 * (ADR 040: 10,000 connections, 10,000 threads). Those schedulers are made here instead
 * on a few shared threads (at most 16): sends no longer block (they are queued by
 * {@link SessionSendQueue}), so they need no thread of their own to wait in. Every other
 * scheduler Reactor makes is left to its default factory.
 */
final class SharedSessionThreads {

	/** The name Spring for GraphQL gives each WebSocket's scheduler. */
	static final String SESSION_SCHEDULER_PREFIX = "GraphQL-WsSession-";

	/**
	 * At most 16 threads for every connection, started when work comes and ended after 30
	 * idle seconds: a send only queues, but Spring also closes sessions here (a close
	 * frame may wait seconds for a stuck client), and such a wait must not hold up the
	 * other connections' sends.
	 */
	private static final ThreadPoolExecutor shared = sharedThreads();

	private static volatile boolean installed;

	private SharedSessionThreads() {
	}

	/** Installs the factory once per JVM (more Spring contexts may ask). */
	static synchronized void install() {
		if (installed) {
			return;
		}
		// With a snapshot, Reactor keeps the schedulers it made so far running instead of
		// disposing them as setFactory would.
		Schedulers.setFactoryWithSnapshot(new Schedulers.Factory() {
			@Override
			public Scheduler newSingle(ThreadFactory threadFactory) {
				if (threadFactory instanceof Supplier<?> named && named.get() instanceof String name
						&& name.startsWith(SESSION_SCHEDULER_PREFIX)) {
					// A plain Executor, not the ExecutorService: disposing the scheduler
					// (the connection closed) must leave the shared threads running, and
					// Reactor shuts down an ExecutorService it is given.
					return Schedulers.fromExecutor(shared::execute);
				}
				return Schedulers.Factory.super.newSingle(threadFactory);
			}
		});
		installed = true;
	}

	private static ThreadPoolExecutor sharedThreads() {
		ThreadPoolExecutor pool = new ThreadPoolExecutor(16, 16, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
				threads("graphql-ws-send-"));
		pool.allowCoreThreadTimeOut(true);
		return pool;
	}

	static ThreadFactory threads(String prefix) {
		CustomizableThreadFactory threads = new CustomizableThreadFactory(prefix);
		threads.setDaemon(true);
		return threads;
	}

}
