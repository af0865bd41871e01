package dev.inkwell.migrations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import liquibase.change.CheckSum;
import liquibase.changelog.ChangeSet;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where a database stands against the changelog, read from Liquibase's history table with
 * a plain SELECT: unlike Liquibase's own status, it never creates the history or lock
 * tables, so it is safe in validate mode and cheap enough for every health probe.
 *
 * @param changelogVersion the newest changeset id of the changelog
 * @param applied how many changesets the database has applied
 * @param lastApplied the newest applied changeset, if any
 * @param tag the newest tag in the history ({@code db tag NAME}), if any
 * @param pending changesets of the changelog the database has not applied, in changelog
 * order
 * @param unexpected changesets the database has applied that the changelog does not have
 * (a newer server ran)
 * @param edited applied changesets whose text changed since (checksum mismatch)
 */
public record SchemaVersion(String changelogVersion, int applied, Optional<ChangesetRef> lastApplied,
		Optional<String> tag, List<ChangesetRef> pending, List<ChangesetRef> unexpected, List<ChangesetRef> edited) {

	private static final String HISTORY = """
			select id, author, filename, md5sum, tag from databasechangelog order by orderexecuted, dateexecuted
			""";

	/**
	 * Reads the database's history (none when the table does not exist) and compares it
	 * with the changelog.
	 */
	public static SchemaVersion of(DataSource dataSource, Changelog changelog) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		boolean hasHistory = Boolean.TRUE
			.equals(jdbc.queryForObject("select to_regclass('databasechangelog') is not null", Boolean.class));
		List<AppliedRow> rows = hasHistory
				? jdbc
					.query(HISTORY,
							(rs, n) -> new AppliedRow(new ChangesetRef(rs.getString("id"), rs.getString("author"),
									rs.getString("filename")), rs.getString("md5sum"), rs.getString("tag")))
				: List.of();
		return compare(changelog, rows);
	}

	static SchemaVersion compare(Changelog changelog, List<AppliedRow> rows) {
		Map<ChangesetRef, AppliedRow> applied = new HashMap<>();
		rows.forEach(row -> applied.put(row.changeset(), row));
		List<ChangesetRef> pending = new ArrayList<>();
		List<ChangesetRef> edited = new ArrayList<>();
		for (ChangeSet changeSet : changelog.changeSets()) {
			ChangesetRef ref = ChangesetRef.of(changeSet);
			AppliedRow row = applied.remove(ref);
			if (row == null) {
				pending.add(ref);
			}
			else if (row.md5sum() != null && !changeSet.isCheckSumValid(CheckSum.parse(row.md5sum()))) {
				edited.add(ref);
			}
		}
		List<ChangesetRef> unexpected = rows.stream().map(AppliedRow::changeset).filter(applied::containsKey).toList();
		Optional<ChangesetRef> last = rows.isEmpty() ? Optional.empty()
				: Optional.of(rows.get(rows.size() - 1).changeset());
		Optional<String> tag = rows.stream().map(AppliedRow::tag).filter(t -> t != null).reduce((a, b) -> b);
		return new SchemaVersion(changelog.version(), rows.size(), last, tag, List.copyOf(pending), unexpected,
				List.copyOf(edited));
	}

	/**
	 * The database is exactly at the changelog's version: nothing pending, unknown or
	 * edited.
	 */
	public boolean isCurrent() {
		return this.pending.isEmpty() && this.unexpected.isEmpty() && this.edited.isEmpty();
	}

	record AppliedRow(ChangesetRef changeset, String md5sum, String tag) {
	}

}
