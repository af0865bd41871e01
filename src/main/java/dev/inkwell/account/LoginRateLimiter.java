package dev.inkwell.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.inkwell.errors.RateLimitedException;

import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per (name, client address) in a fixed window, in memory: after
 * {@code inkwell.auth.login-attempts} failures the key is refused until its window ends.
 * Per instance, so N instances allow N times as many; good enough against guessing from
 * one place, not a distributed limit.
 */
@Component
class LoginRateLimiter {

	/**
	 * Beyond this many keys, expired windows are swept out, so the map cannot grow
	 * without bound.
	 */
	private static final int SWEEP_ABOVE = 10_000;

	private record Window(Instant start, int failures) {
	}

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private final AuthProperties properties;

	private final Clock clock = Clock.systemUTC();

	LoginRateLimiter(AuthProperties properties) {
		this.properties = properties;
	}

	/** RATE_LIMITED when the key used up its failures in the current window. */
	void check(String key) {
		Window window = windows.get(key);
		Instant now = clock.instant();
		if (window != null && !expired(window, now) && window.failures() >= properties.loginAttempts()) {
			long retryAfter = Math.max(1,
					window.start().plus(properties.loginWindow()).getEpochSecond() - now.getEpochSecond());
			throw new RateLimitedException("Too many failed sign-ins: try again in " + retryAfter + " s", retryAfter);
		}
	}

	void recordFailure(String key) {
		Instant now = clock.instant();
		windows.compute(key, (k, window) -> window == null || expired(window, now) ? new Window(now, 1)
				: new Window(window.start(), window.failures() + 1));
		if (windows.size() > SWEEP_ABOVE) {
			windows.values().removeIf(window -> expired(window, now));
		}
	}

	void recordSuccess(String key) {
		windows.remove(key);
	}

	private boolean expired(Window window, Instant now) {
		return !now.isBefore(window.start().plus(properties.loginWindow()));
	}

}
