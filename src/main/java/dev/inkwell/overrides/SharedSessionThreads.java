package dev.inkwell.overrides;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Spring for GraphQL gives every WebSocket a scheduler of its own, {@code
 * Schedulers.newSingle("GraphQL-WsSession-<id>")}: on Java 17 a platform thread per
 * connection, parked for the connection's life only to run its sends one after another
 * (ADR 040: 10,000 connections, 10,000 threads). Those schedulers are made here instead
 * on a few shared threads: sends no longer block (they are queued by
 * {@link SessionSendQueue}), so they need no thread of their own to wait in. Every other
 * scheduler Reactor makes is left to its default factory.
 */
final class SharedSessionThreads {

	/** The name Spring for GraphQL gives each WebSocket's scheduler. */
	static final String SESSION_SCHEDULER_PREFIX = "GraphQL-WsSession-";

	private static final ExecutorService shared = Executors
		.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), threads("graphql-ws-send-"));

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

	static ThreadFactory threads(String prefix) {
		CustomizableThreadFactory threads = new CustomizableThreadFactory(prefix);
		threads.setDaemon(true);
		return threads;
	}

}
