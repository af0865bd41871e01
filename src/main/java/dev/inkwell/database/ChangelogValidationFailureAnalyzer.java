package dev.inkwell.database;

import liquibase.exception.ValidationFailedException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Start-up refuses a database whose applied changesets no longer match db-changelog/
 * (someone edited an applied changeset): this says which, and what to do instead.
 */
class ChangelogValidationFailureAnalyzer extends AbstractFailureAnalyzer<ValidationFailedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ValidationFailedException cause) {
		return new FailureAnalysis(
				"The database's migration history does not match db-changelog/: " + cause.getMessage(),
				"Never edit a changeset that was applied: restore its text from version control and put the change in a new, "
						+ "numbered changeset. (On a throw-away database only, 'liquibase clearCheckSums' or deleting .data/postgres also clears it.)",
				cause);
	}

}
