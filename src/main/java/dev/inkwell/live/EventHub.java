package dev.inkwell.live;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Hands each event the listener read to the subscribers on this instance that want it:
 * one read per batch for the whole instance, then an in-memory lookup by post or author.
 * Registering and publishing share a lock, so a new subscriber learns the exact position
 * from which live events reach it; everything up to that position it reads from the
 * outbox itself.
 */
@Component
class EventHub {

	private final Object lock = new Object();

	private final Map<Subscriber.Interest, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();

	private final CompletableFuture<Void> ready = new CompletableFuture<>();

	private long frontier = -1;

	/** Completes once the listener knows its starting position. */
	CompletableFuture<Void> ready() {
		return this.ready;
	}

	/**
	 * Adds the subscriber and returns the position after which live events will reach it.
	 */
	long register(Subscriber subscriber) {
		synchronized (lock) {
			subscribers.computeIfAbsent(subscriber.interest(), key -> ConcurrentHashMap.newKeySet()).add(subscriber);
			return frontier;
		}
	}

	void unregister(Subscriber subscriber) {
		synchronized (lock) {
			Set<Subscriber> set = subscribers.get(subscriber.interest());
			if (set != null && set.remove(subscriber) && set.isEmpty()) {
				subscribers.remove(subscriber.interest());
			}
		}
	}

	void start(long position) {
		synchronized (lock) {
			frontier = position;
		}
		ready.complete(null);
	}

	/**
	 * Called by the listener thread with events in position order, then the new frontier.
	 */
	void publish(List<Event> events, long newFrontier) {
		synchronized (lock) {
			for (Event event : events) {
				offer(subscribers.get(Subscriber.Interest.of(event)), event);
				if (event.topic() == Event.Topic.POST) {
					offer(subscribers.get(new Subscriber.Interest(Event.Topic.POST, null)), event);
				}
			}
			frontier = newFrontier;
		}
	}

	/**
	 * Completes every subscription (the instance is shutting down, its listener stopped).
	 */
	void completeAll() {
		synchronized (lock) {
			subscribers.values().forEach(set -> set.forEach(Subscriber::complete));
			subscribers.clear();
		}
	}

	/**
	 * Ends every subscription with EVENTS_EXPIRED: events they should have had are gone.
	 */
	void expireAll(long prunedThrough) {
		synchronized (lock) {
			for (Set<Subscriber> set : subscribers.values()) {
				set.forEach(subscriber -> subscriber.fail(SubscriptionFailure.expired(prunedThrough)));
			}
			subscribers.clear();
		}
	}

	/** How many clients listen on this instance (a group counts its members). */
	int size() {
		return subscribers.values().stream().flatMap(Set::stream).mapToInt(Subscriber::listeners).sum();
	}

	/**
	 * How many subscribers listen to {@code interest} now (tests wait on it; the soak
	 * script reports it).
	 */
	int size(Subscriber.Interest interest) {
		Set<Subscriber> set = subscribers.get(interest);
		return set == null ? 0 : set.stream().mapToInt(Subscriber::listeners).sum();
	}

	private void offer(Set<Subscriber> interested, Event event) {
		if (interested == null) {
			return;
		}
		interested.removeIf(subscriber -> !subscriber.offer(event));
	}

}
