package dev.inkwell.migrations;

/**
 * Validate mode found the database away from the changelog's version: the server does not
 * start.
 */
public class SchemaNotAtChangelogVersionException extends RuntimeException {

	private final SchemaVersion version;

	SchemaNotAtChangelogVersionException(SchemaVersion version) {
		super("The database is not at the changelog's version " + version.changelogVersion() + ": "
				+ version.pending().size() + " pending, " + version.unexpected().size() + " unknown, "
				+ version.edited().size() + " edited changesets");
		this.version = version;
	}

	/** What was found: the pending, unknown and edited changesets. */
	public SchemaVersion version() {
		return this.version;
	}

}
