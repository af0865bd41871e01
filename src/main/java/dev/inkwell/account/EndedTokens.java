package dev.inkwell.account;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.inkwell.database.BackgroundPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which bearer tokens a new password ended (ADR 037), known to every instance without a
 * statement per request: each instance reads, every
 * {@code inkwell.accounts.revocation-poll-interval}, the token generation of the accounts
 * whose password changed within the token lifetime (older tokens have expired anyway),
 * and a change made through this instance counts here at once. A token of a lower
 * generation than its account's is refused.
 */
@Component
class EndedTokens implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(EndedTokens.class);

	/** The decoder accepts tokens up to 60 s past their expiry (clock skew). */
	private static final Duration SKEW = Duration.ofSeconds(60);

	private static final String RECENT = """
			select author_id, token_generation from account
			where password_changed_at > now() - ? * interval '1 millisecond'""";

	private final DataSource requestPool;

	private final AuthProperties properties;

	private final AccountsProperties accounts;

	/** From the last read: author id to generation. */
	private volatile Map<Long, Integer> recent = Map.of();

	/** Changes made through this instance that the last read did not see yet. */
	private final Map<Long, Integer> local = new ConcurrentHashMap<>();

	private HikariDataSource pool;

	private JdbcTemplate jdbc;

	private ScheduledExecutorService poller;

	EndedTokens(DataSource requestPool, AuthProperties properties, AccountsProperties accounts) {
		this.requestPool = requestPool;
		this.properties = properties;
		this.accounts = accounts;
	}

	/** The account's current token generation (0 unless its password changed lately). */
	int generation(long authorId) {
		return Math.max(recent.getOrDefault(authorId, 0), local.getOrDefault(authorId, 0));
	}

	/** A password change committed through this instance: older tokens end here now. */
	void changed(long authorId, int generation) {
		local.merge(authorId, generation, Math::max);
	}

	@Override
	public void start() {
		pool = BackgroundPool.of(requestPool, "inkwell-token-check", 1);
		jdbc = new JdbcTemplate(pool);
		read();
		poller = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "inkwell-token-check");
			thread.setDaemon(true);
			return thread;
		});
		long every = accounts.revocationPollInterval().toMillis();
		poller.scheduleWithFixedDelay(this::read, every, every, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		if (poller != null) {
			poller.shutdownNow();
		}
		if (pool != null) {
			pool.close();
		}
	}

	@Override
	public boolean isRunning() {
		return poller != null && !poller.isShutdown();
	}

	private void read() {
		try {
			Map<Long, Integer> read = new HashMap<>();
			jdbc.query(RECENT, (rs) -> {
				read.put(rs.getLong(1), rs.getInt(2));
			}, properties.tokenExpiry().plus(SKEW).toMillis());
			recent = Map.copyOf(read);
			local.entrySet().removeIf((change) -> read.getOrDefault(change.getKey(), 0) >= change.getValue());
		}
		catch (DataAccessException ex) {
			// The last read stays in force; requests fail on the database anyway.
			log.warn("Cannot read recent password changes ({}); trying again", ex.getMessage());
		}
	}

}
