package dev.inkwell.live;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A resuming subscriber's catch-up: the events of its interest after its cursor, up to
 * the position from which live events reach it, one batch per statement (from the request
 * pool). Rows up to that position are settled (no transaction still writes below it), so
 * the reads are final.
 */
@Component
class OutboxReads {

	private static final String AFTER = """
			select h.pruned_through, %s
			from event_outbox_horizon h
			left join lateral (
			  select * from event_outbox e
			  where e.position > ? and e.position <= ? and e.topic = ?
			    and (?::bigint is null or (case when e.topic = 'comment' then e.post_id else e.author_id end) = ?)
			  order by e.position limit ?) o on true
			order by o.position""".formatted(OutboxRows.COLUMNS);

	private final JdbcTemplate jdbc;

	OutboxReads(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Up to {@code limit} events after {@code after}; EVENTS_EXPIRED when pruning has
	 * passed the cursor.
	 */
	List<Event> after(Subscriber.Interest interest, long after, long until, int limit) {
		List<Event> events = new ArrayList<>();
		String topic = interest.topic().name().toLowerCase(java.util.Locale.ROOT);
		jdbc.query(AFTER, rs -> {
			long prunedThrough = rs.getLong("pruned_through");
			if (after < prunedThrough) {
				throw SubscriptionFailure.expired(prunedThrough);
			}
			if (rs.getObject("position") != null) {
				events.add(OutboxRows.event(rs));
			}
		}, after, until, topic, interest.key(), interest.key(), limit);
		return events;
	}

}
