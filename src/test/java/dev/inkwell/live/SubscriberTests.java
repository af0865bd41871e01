package dev.inkwell.live;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import dev.inkwell.errors.ErrorCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subscriber's bounded buffer: a client that stops reading is dropped, not buffered
 * without end.
 */
class SubscriberTests {

	private static Event event(long position) {
		return new Event(position, Event.Topic.POST, EventKind.ADDED, 1, 1, null, null);
	}

	@Test
	void shouldDropASubscriberThatFallsFurtherBehindThanItsBufferWithSlowConsumer() {
		Subscriber subscriber = new Subscriber(new Subscriber.Interest(Event.Topic.POST, null), event -> true, 4);

		for (long position = 1; position <= 4; position++) {
			assertThat(subscriber.offer(event(position))).isTrue();
		}
		assertThat(subscriber.offer(event(5))).as("the fifth event overflows the buffer").isFalse();
		assertThat(subscriber.offer(event(6))).as("dropped for good").isFalse();

		List<Long> read = new CopyOnWriteArrayList<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		subscriber.live()
			.doOnNext(event -> read.add(event.position()))
			.doOnError(failure::set)
			.onErrorComplete()
			.blockLast(Duration.ofSeconds(10));

		assertThat(read).containsExactly(1L, 2L, 3L, 4L);
		assertThat(failure.get()).isInstanceOfSatisfying(SubscriptionFailure.class,
				ex -> assertThat(ex.code()).isEqualTo(ErrorCode.SLOW_CONSUMER));
	}

	@Test
	void shouldPassOverEventsItMayNotSeeWithoutBufferingThem() {
		Subscriber subscriber = new Subscriber(new Subscriber.Interest(Event.Topic.POST, null),
				event -> event.position() % 2 == 0, 4);

		for (long position = 1; position <= 8; position++) {
			assertThat(subscriber.offer(event(position))).isTrue();
		}
	}

}
