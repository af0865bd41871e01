package dev.inkwell.live;

import java.util.concurrent.LinkedBlockingQueue;

import org.dataloader.DataLoaderRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * One subscriber of a multiplexed subscription: the group whose results it receives, the
 * position after which they reach it, and a bounded buffer of those results until its
 * transport takes them. Created when the subscription field executes (so that the
 * transport's interceptor finds it), it joins its group only when its stream starts.
 */
final class Membership {

	private final String field;

	private final Sinks.Many<SharedResult> buffer;

	private final DataLoaderRegistry ownLoaders;

	private volatile LiveGroups.Group group;

	private volatile long liveAfter;

	private volatile Runnable release;

	private volatile boolean dropped;

	private boolean left;

	/**
	 * A linked queue, not an array: bounded the same, it costs a node per result waiting
	 * rather than {@code capacity} slots for the member's whole life (about 1 KB at the
	 * default 256, while almost every member has nothing waiting).
	 */
	Membership(String field, int capacity, DataLoaderRegistry ownLoaders) {
		this.field = field;
		this.buffer = Sinks.many().unicast().onBackpressureBuffer(new LinkedBlockingQueue<SharedResult>(capacity));
		this.ownLoaders = ownLoaders;
	}

	/**
	 * Called by the group when this member joins: results after {@code position} (and
	 * after the member's own cursor) are its own from now on.
	 */
	synchronized void joined(LiveGroups.Group group, long position, Long after, Runnable release) {
		this.group = group;
		this.liveAfter = after == null ? position : Math.max(position, after);
		this.release = release;
	}

	/**
	 * Called by the group's publishing thread alone; false when the member cannot take
	 * the result (dropped, or its buffer full: the group then fails it with
	 * SLOW_CONSUMER).
	 */
	boolean offer(long position, SharedResult result) {
		if (dropped) {
			return false;
		}
		return position <= liveAfter || buffer.tryEmitNext(result).isSuccess();
	}

	void complete() {
		dropped = true;
		buffer.tryEmitComplete();
	}

	void fail(Throwable failure) {
		dropped = true;
		buffer.tryEmitError(failure);
	}

	/**
	 * Whether the stream ended already: one cancelled while it joined must leave again
	 * once joined.
	 */
	synchronized boolean left() {
		return left;
	}

	/** The subscription field, which errors name in their path. */
	String field() {
		return this.field;
	}

	/**
	 * The DataLoaders of the subscription's own execution (graphql-java's instrumented
	 * registry, not the one Spring built), to release once its catch-up is over.
	 */
	DataLoaderRegistry ownLoaders() {
		return this.ownLoaders;
	}

	/** The group's results for this member, after its catch-up. */
	Flux<SharedResult> shared() {
		return buffer.asFlux();
	}

	/** Leaves the group (the stream ended, failed or was cancelled); idempotent. */
	synchronized void leave() {
		left = true;
		LiveGroups.Group joined = this.group;
		this.group = null;
		if (joined != null) {
			joined.leave(this);
		}
		Runnable slot = this.release;
		this.release = null;
		if (slot != null) {
			slot.run();
		}
	}

}
