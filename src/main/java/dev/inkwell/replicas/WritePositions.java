package dev.inkwell.replicas;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The WAL position of each author's last write, kept on the primary
 * ({@code author_last_write}, unlogged), so that every instance learns what another
 * instance's mutation wrote: one statement after a mutation, one before a signed-in
 * reader's query. Positions are byte offsets in the WAL ({@code pg_lsn - '0/0'}).
 */
final class WritePositions {

	/**
	 * Taken after the mutation committed: the insert position is at or past its commit
	 * record, whether or not the commit has reached the disk yet (synchronous_commit
	 * off).
	 */
	private static final String RECORD = """
			insert into author_last_write (author_id, lsn, written_at)
			values (?, pg_current_wal_insert_lsn(), now())
			on conflict (author_id) do update
			  set lsn = greatest(author_last_write.lsn, excluded.lsn), written_at = excluded.written_at
			""";

	private static final String POSITION = """
			select (lsn - '0/0')::bigint from author_last_write where author_id = ?
			""";

	private static final String PRUNE = """
			delete from author_last_write where written_at < now() - make_interval(secs => ?)
			""";

	private final JdbcTemplate primary;

	WritePositions(DataSource primary) {
		this.primary = new JdbcTemplate(primary);
		this.primary.setQueryTimeout(2);
	}

	void record(long authorId) {
		primary.update(RECORD, authorId);
	}

	/** The author's last write position, or -1 when none is remembered. */
	long of(long authorId) {
		List<Long> positions = primary.queryForList(POSITION, Long.class, authorId);
		return positions.isEmpty() ? -1 : positions.get(0);
	}

	/** Forgets the positions written longer ago than {@code age}. */
	int prune(Duration age) {
		return primary.update(PRUNE, age.toMillis() / 1000.0);
	}

}
