package dev.inkwell.live;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * One subscription's live side: the events it wants, held in a bounded buffer until its
 * client reads them. A client that falls {@code capacity} events behind is dropped with
 * SLOW_CONSUMER (after what was buffered) instead of holding memory without bound.
 */
final class Subscriber {

	private final Interest interest;

	private final Predicate<Event> visible;

	private final Sinks.Many<Event> buffer;

	private final IntSupplier listeners;

	private volatile boolean dropped;

	Subscriber(Interest interest, Predicate<Event> visible, int capacity) {
		this(interest, visible, capacity, () -> 1);
	}

	/**
	 * A subscriber on behalf of {@code listeners} clients (a group of a multiplexed
	 * subscription).
	 */
	Subscriber(Interest interest, Predicate<Event> visible, int capacity, IntSupplier listeners) {
		this.listeners = listeners;
		this.interest = interest;
		this.visible = visible;
		// Exactly capacity: Reactor's own queues round up to a power of two of at least
		// 8.
		this.buffer = Sinks.many().unicast().onBackpressureBuffer(new ArrayBlockingQueue<Event>(capacity));
	}

	Interest interest() {
		return this.interest;
	}

	/** How many clients this subscriber serves. */
	int listeners() {
		return this.listeners.getAsInt();
	}

	/** Called by the listener thread alone; false once the subscriber is dropped. */
	boolean offer(Event event) {
		if (dropped) {
			return false;
		}
		if (!visible.test(event)) {
			return true;
		}
		if (buffer.tryEmitNext(event).isSuccess()) {
			return true;
		}
		fail(SubscriptionFailure.slowConsumer());
		return false;
	}

	void complete() {
		dropped = true;
		buffer.tryEmitComplete();
	}

	void fail(SubscriptionFailure failure) {
		dropped = true;
		buffer.tryEmitError(failure);
	}

	Flux<Event> live() {
		return buffer.asFlux();
	}

	/**
	 * Which events a subscription listens to: one post's comments, or posts by one author
	 * (null: any author).
	 */
	record Interest(Event.Topic topic, Long key) {

		static Interest of(Event event) {
			return event.topic() == Event.Topic.COMMENT ? new Interest(Event.Topic.COMMENT, event.postId())
					: new Interest(Event.Topic.POST, event.authorId());
		}

	}

}
