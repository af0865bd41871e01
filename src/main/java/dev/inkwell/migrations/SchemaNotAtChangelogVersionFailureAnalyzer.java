package dev.inkwell.migrations;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Validate mode refused to start: says which changesets are pending (or unknown, or
 * edited) and which commands print and apply their SQL, so the DBA can review them first.
 */
class SchemaNotAtChangelogVersionFailureAnalyzer extends AbstractFailureAnalyzer<SchemaNotAtChangelogVersionException> {

	static final String COMMANDS = "java -jar inkwell.jar db update-sql";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SchemaNotAtChangelogVersionException cause) {
		SchemaVersion version = cause.version();
		StringBuilder description = new StringBuilder(
				"inkwell.migrations.mode is validate and the database is not at the " + "changelog's version "
						+ version.changelogVersion() + " (" + version.applied() + " changesets applied).");
		list(description, "Pending changesets (not applied yet)", version.pending());
		list(description, "Applied changesets the changelog does not have (a newer server migrated this database)",
				version.unexpected());
		list(description, "Applied changesets whose text was edited since", version.edited());
		String action;
		if (!version.pending().isEmpty() && version.unexpected().isEmpty() && version.edited().isEmpty()) {
			action = "Review the SQL of the pending changesets with '" + COMMANDS + "' (same database settings), "
					+ "apply it with 'db update' (or run the printed SQL yourself), then start the server again. "
					+ "To let the server apply them at start instead, set INKWELL_MIGRATIONS_MODE=apply.";
		}
		else if (!version.unexpected().isEmpty()) {
			action = "Run the server version that matches this database, or roll the unknown changesets back with that "
					+ "version's 'db rollback --count N' ('db status' lists them).";
		}
		else {
			action = "Never edit an applied changeset: restore its text from version control and put the change in a new, "
					+ "numbered changeset.";
		}
		return new FailureAnalysis(description.toString(), action, cause);
	}

	private static void list(StringBuilder description, String title, List<ChangesetRef> changesets) {
		if (!changesets.isEmpty()) {
			description.append(System.lineSeparator())
				.append(title)
				.append(':')
				.append(changesets.stream()
					.map(ref -> System.lineSeparator() + "    " + ref)
					.collect(Collectors.joining()));
		}
	}

}
