package dev.inkwell.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The instance's one listening connection, outside the request pool: it LISTENs for the
 * outbox's wake-ups, reads new rows by position in batches and hands them to the
 * {@link EventHub}. When the connection is lost (a database restart, a terminated
 * backend) it reconnects with backoff and reads on from where it was, so nothing written
 * meanwhile is skipped. It also prunes events past the retention.
 */
@Component
class OutboxListener implements SmartLifecycle, Runnable {

	static final String CHANNEL = "inkwell_events";

	static final String APPLICATION_NAME = "inkwell-event-listener";

	private static final Logger log = LoggerFactory.getLogger(OutboxListener.class);

	private static final String READ = """
			select s.snapshot, s.pruned_through, %s
			from (select pg_current_snapshot()::text as snapshot,
			        (select pruned_through from event_outbox_horizon) as pruned_through) s
			left join lateral (select * from event_outbox where position > ? order by position limit ?) o on true
			order by o.position""".formatted(OutboxRows.COLUMNS);

	private static final String START = """
			select pg_current_snapshot()::text as snapshot,
			       coalesce((select max(position) from event_outbox), 0) as position""";

	static final String PRUNE = """
			with pruned as (
			  delete from event_outbox where position in (
			    select position from event_outbox where created_at < now() - ? * interval '1 millisecond'
			    order by position limit 10000)
			  returning position)
			update event_outbox_horizon
			set pruned_through = greatest(pruned_through, (select max(position) from pruned))
			where exists (select 1 from pruned)""";

	private final HikariDataSource pool;

	private final EventHub hub;

	private final SubscriptionProperties properties;

	private volatile boolean running;

	private volatile Thread thread;

	private volatile Connection connection;

	private volatile int backendPid;

	private Frontier frontier;

	private long lastPrune;

	OutboxListener(DataSource dataSource, EventHub hub, SubscriptionProperties properties) throws SQLException {
		this.pool = dataSource.unwrap(HikariDataSource.class);
		this.hub = hub;
		this.properties = properties;
	}

	@Override
	public void start() {
		running = true;
		thread = new Thread(this, APPLICATION_NAME);
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void stop() {
		running = false;
		Thread listening = thread;
		if (listening != null) {
			listening.interrupt();
			closeQuietly(connection);
			try {
				listening.join(5_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		// Open streams would hold up the web server's graceful shutdown: they end now,
		// and their
		// clients resume elsewhere with after:.
		hub.completeAll();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** The listening connection's server process id (0 while disconnected). */
	int backendPid() {
		return backendPid;
	}

	@Override
	public void run() {
		long backoff = 100;
		while (running) {
			try (Connection listening = connect()) {
				connection = listening;
				backoff = 100;
				listen(listening);
			}
			catch (SQLException | RuntimeException ex) {
				backendPid = 0;
				if (!running) {
					return;
				}
				log.warn("Event listener lost its connection ({}); reconnecting in {} ms", ex.getMessage(), backoff);
				if (!sleep(backoff)) {
					return;
				}
				backoff = Math.min(backoff * 2, 5_000);
			}
		}
	}

	private Connection connect() throws SQLException {
		Properties settings = new Properties();
		settings.putAll(pool.getDataSourceProperties());
		if (pool.getUsername() != null) {
			settings.setProperty("user", pool.getUsername());
		}
		if (pool.getPassword() != null) {
			settings.setProperty("password", pool.getPassword());
		}
		settings.setProperty("ApplicationName", APPLICATION_NAME);
		settings.setProperty("tcpKeepAlive", "true");
		Connection listening = DriverManager.getConnection(pool.getJdbcUrl(), settings);
		// An ApplicationName in the URL wins over the one above: set it on the session,
		// so that the listener's polls are told apart from the pool's statements.
		listening.setClientInfo("ApplicationName", APPLICATION_NAME);
		listening.setAutoCommit(true);
		return listening;
	}

	private void listen(Connection listening) throws SQLException {
		try (Statement statement = listening.createStatement()) {
			statement.execute("listen " + CHANNEL);
		}
		PGConnection notifications = listening.unwrap(PGConnection.class);
		backendPid = notifications.getBackendPID();
		if (frontier == null) {
			frontier = new Frontier(settledStart(listening));
			hub.start(frontier.delivered());
			log.info("Event listener started after outbox position {}", frontier.delivered());
		}
		else {
			log.info("Event listener reconnected; reading on after outbox position {}", frontier.delivered());
		}
		while (running) {
			readAll(listening);
			prune(listening);
			// Wake-ups arrive at once; the timeout bounds how long a rolled-back gap or a
			// silently
			// dropped connection goes unnoticed (each wake-up reads, which also probes
			// the connection).
			notifications.getNotifications(frontier.gapPending() ? 50 : 1_000);
		}
	}

	/**
	 * The newest position, once every transaction in progress when it was read has
	 * finished: a position below it that was still being written is then visible (or
	 * rolled back), so subscribers' catch-up reads up to it see it.
	 */
	private long settledStart(Connection listening) throws SQLException {
		Snapshot first;
		long position;
		try (Statement statement = listening.createStatement(); ResultSet rs = statement.executeQuery(START)) {
			rs.next();
			first = Snapshot.parse(rs.getString("snapshot"));
			position = rs.getLong("position");
		}
		while (running) {
			try (Statement statement = listening.createStatement();
					ResultSet rs = statement.executeQuery("select pg_current_snapshot()::text")) {
				rs.next();
				if (Snapshot.parse(rs.getString(1)).allFinished(first.inProgress())) {
					return position;
				}
			}
			sleep(50);
		}
		return position;
	}

	private void readAll(Connection listening) throws SQLException {
		int batch = properties.batchSize();
		while (true) {
			List<Event> rows = new ArrayList<>();
			Snapshot snapshot;
			long prunedThrough;
			try (PreparedStatement statement = listening.prepareStatement(READ)) {
				statement.setLong(1, frontier.delivered());
				statement.setInt(2, batch);
				try (ResultSet rs = statement.executeQuery()) {
					rs.next();
					snapshot = Snapshot.parse(rs.getString("snapshot"));
					prunedThrough = rs.getLong("pruned_through");
					do {
						if (rs.getObject("position") != null) {
							rows.add(OutboxRows.event(rs));
						}
					}
					while (rs.next());
				}
			}
			if (prunedThrough > frontier.delivered()) {
				// Another instance pruned events this one never read (it was cut off
				// longer than the
				// retention): its subscribers would miss them, so they are told to start
				// over.
				log.warn("Events up to position {} were pruned before this instance read them", prunedThrough);
				hub.expireAll(prunedThrough);
				frontier = new Frontier(prunedThrough);
				hub.publish(List.of(), prunedThrough);
				continue;
			}
			List<Event> ready = frontier.advance(rows, Event::position, snapshot);
			if (!ready.isEmpty()) {
				hub.publish(ready, frontier.delivered());
			}
			if (rows.size() < batch || ready.size() < rows.size()) {
				return;
			}
		}
	}

	private void prune(Connection listening) throws SQLException {
		long now = System.currentTimeMillis();
		if (now - lastPrune < properties.pruneInterval().toMillis()) {
			return;
		}
		lastPrune = now;
		// Each run deletes at most 10,000 rows and reports whether it deleted any (the
		// horizon moved).
		int moved;
		do {
			try (PreparedStatement statement = listening.prepareStatement(PRUNE)) {
				statement.setLong(1, properties.retention().toMillis());
				moved = statement.executeUpdate();
			}
		}
		while (moved > 0 && running);
	}

	private static boolean sleep(long millis) {
		try {
			Thread.sleep(millis);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void closeQuietly(Connection listening) {
		if (listening == null) {
			return;
		}
		try {
			listening.close();
		}
		catch (SQLException ex) {
			// Closing to stop: nothing to do.
		}
	}

}
