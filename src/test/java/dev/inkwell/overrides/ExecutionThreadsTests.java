package dev.inkwell.overrides;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The execution threads take waiting requests from one queue, oldest first, so no request
 * waits behind a long one while a thread is free, and past the queue requests are
 * refused; the meters show how many wait and how long.
 */
class ExecutionThreadsTests {

	private final CountDownLatch release = new CountDownLatch(1);

	private final MeterRegistry meters = new SimpleMeterRegistry();

	private Scheduler threads;

	@AfterEach
	void stop() {
		release.countDown();
		threads.dispose();
	}

	@Test
	void shouldRunWaitingRequestsOnTheFreeThreadWhileAnotherIsBusy() throws InterruptedException {
		threads = ExecutionThreads.start(2, 100, meters);
		holdOneThread();

		List<String> ranOn = IntStream.range(0, 6)
			.mapToObj(i -> Mono.fromCallable(ExecutionThreadsTests::takeAWhile)
				.subscribeOn(threads)
				.toFuture()
				.orTimeout(5, TimeUnit.SECONDS))
			.toList()
			.stream()
			.map(CompletableFuture::join)
			.toList();

		assertThat(ranOn).hasSize(6).allMatch(name -> name.startsWith("graphql-execution-"));
		assertThat(release.getCount()).as("the long request still runs").isEqualTo(1);
	}

	@Test
	void shouldStartWaitingRequestsInTheOrderTheyCame() throws InterruptedException {
		threads = ExecutionThreads.start(1, 100, meters);
		holdOneThread();
		List<Integer> order = new CopyOnWriteArrayList<>();
		List<CompletableFuture<Object>> waiting = IntStream.range(0, 5)
			.mapToObj(i -> Mono.fromRunnable(() -> order.add(i)).subscribeOn(threads).toFuture())
			.toList();

		release.countDown();
		waiting.forEach(future -> future.orTimeout(5, TimeUnit.SECONDS).join());

		assertThat(order).containsExactly(0, 1, 2, 3, 4);
	}

	@Test
	void shouldMeterTheRequestsWaitingAndHowLongTheyWaited() throws InterruptedException {
		threads = ExecutionThreads.start(1, 100, meters);
		holdOneThread();
		List<CompletableFuture<Object>> waiting = IntStream.range(0, 3).mapToObj(i -> Mono.fromRunnable(() -> {
		}).subscribeOn(threads).toFuture()).toList();

		assertThat(meters.get("inkwell.execution.queued").gauge().value()).isEqualTo(3);
		Thread.sleep(20);
		release.countDown();
		waiting.forEach(future -> future.orTimeout(5, TimeUnit.SECONDS).join());

		assertThat(meters.get("inkwell.execution.queued").gauge().value()).isZero();
		Timer waited = meters.get("inkwell.execution.queue.wait").timer();
		assertThat(waited.count()).as("the long request and the three behind it").isEqualTo(4);
		assertThat(waited.max(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(20);
	}

	@Test
	void shouldRefuseRequestsPastTheQueue() throws InterruptedException {
		threads = ExecutionThreads.start(1, 1, meters);
		holdOneThread();
		Mono<String> queued = Mono.fromCallable(() -> "queued").subscribeOn(threads).cache();
		queued.subscribe();

		assertThatThrownBy(() -> Mono.fromCallable(() -> "refused").subscribeOn(threads).block(Duration.ofSeconds(5)))
			.isInstanceOf(RejectedExecutionException.class);
		release.countDown();
		assertThat(queued.block(Duration.ofSeconds(5))).isEqualTo("queued");
	}

	/** Starts a long request that holds one thread until {@code release}. */
	private void holdOneThread() throws InterruptedException {
		CountDownLatch started = new CountDownLatch(1);
		Mono.fromRunnable(() -> {
			started.countDown();
			await(release);
		}).subscribeOn(threads).subscribe();
		assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
	}

	/** A request that takes a little while, so that several wait while one runs. */
	private static String takeAWhile() throws InterruptedException {
		Thread.sleep(50);
		return Thread.currentThread().getName();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
