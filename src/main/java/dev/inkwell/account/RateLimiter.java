package dev.inkwell.account;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import dev.inkwell.errors.RateLimitedException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fixed-window limits kept in PostgreSQL ({@code rate_limit}), so every instance counts
 * the same attempts (ADR 038): one row per limit and key, its window's start and its
 * hits. Keys are stored as SHA-256 hashes. Each check and each hit is one statement;
 * windows that ended long ago are deleted now and then.
 */
@Component
class RateLimiter {

	/** A limit: its name in the table, how many hits a window allows, and the window. */
	record Limit(String name, int max, Duration window) {
	}

	private static final String HITS = """
			select hits, ceil(extract(epoch from window_start + ? * interval '1 millisecond' - now()))::bigint
			from rate_limit
			where name = ? and key_hash = ? and window_start > now() - ? * interval '1 millisecond'""";

	/** A new window when the old one ended, else one more hit in it. */
	private static final String HIT = """
			insert into rate_limit as r (name, key_hash, window_start, hits) values (?, ?, now(), 1)
			on conflict (name, key_hash) do update set
			  window_start = case when r.window_start <= now() - ? * interval '1 millisecond'
			                      then now() else r.window_start end,
			  hits = case when r.window_start <= now() - ? * interval '1 millisecond' then 1 else r.hits + 1 end
			returning hits, ceil(extract(epoch from window_start + ? * interval '1 millisecond' - now()))::bigint""";

	private static final String CLEAR = "delete from rate_limit where name = ? and key_hash = ?";

	private static final String PRUNE = "delete from rate_limit where window_start < now() - interval '1 day'";

	private static final long PRUNE_EVERY_MILLIS = 600_000;

	private final JdbcTemplate jdbc;

	private final AtomicLong lastPrune = new AtomicLong();

	RateLimiter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** RATE_LIMITED when the key used up its window's hits. */
	void check(Limit limit, String key, String message) {
		long window = limit.window().toMillis();
		List<long[]> found = jdbc.query(HITS, (rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }, window,
				limit.name(), hash(key), window);
		if (!found.isEmpty() && found.get(0)[0] >= limit.max()) {
			throw limited(message, found.get(0)[1]);
		}
	}

	/** Counts one hit. */
	void hit(Limit limit, String key) {
		count(limit, key);
	}

	/**
	 * Counts one hit and refuses it (RATE_LIMITED) when it is past the limit: one
	 * statement, so concurrent requests on any instance cannot all slip under it.
	 */
	void hitOrRefuse(Limit limit, String key, String message) {
		long[] counted = count(limit, key);
		if (counted[0] > limit.max()) {
			throw limited(message, counted[1]);
		}
	}

	void clear(Limit limit, String key) {
		jdbc.update(CLEAR, limit.name(), hash(key));
	}

	private long[] count(Limit limit, String key) {
		long window = limit.window().toMillis();
		long[] counted = jdbc.queryForObject(HIT, (rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }, limit.name(),
				hash(key), window, window, window);
		pruneNowAndThen();
		return counted;
	}

	private void pruneNowAndThen() {
		long now = System.currentTimeMillis();
		long last = lastPrune.get();
		if (now - last > PRUNE_EVERY_MILLIS && lastPrune.compareAndSet(last, now)) {
			jdbc.update(PRUNE);
		}
	}

	private static RateLimitedException limited(String message, long retryAfter) {
		long seconds = Math.max(1, retryAfter);
		return new RateLimitedException(message + ": try again in " + seconds + " s", seconds);
	}

	private static byte[] hash(String key) {
		return Sha256.of(key);
	}

}
