package dev.inkwell.live;

/** Waits on a server instance's state that clients cannot see. */
final class LiveTestSupport {

	/**
	 * Until {@code count} subscribers listen to {@code interest} on this instance.
	 * graphql-ws has no message that says "live now", so a test that writes right after
	 * subscribing (without {@code after:}) waits for the registration first.
	 */
	static void awaitSubscribers(EventHub hub, Subscriber.Interest interest, int count) throws InterruptedException {
		long deadline = System.nanoTime() + LiveClient.WAIT.toNanos();
		while (hub.size(interest) < count) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("No " + count + " subscribers of " + interest + " within " + LiveClient.WAIT);
			}
			Thread.sleep(10);
		}
	}

	private LiveTestSupport() {
	}

}
