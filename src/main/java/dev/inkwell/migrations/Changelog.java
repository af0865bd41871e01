package dev.inkwell.migrations;

import java.util.List;

import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * db-changelog/ as the jar carries it (classpath {@code db/changelog/}), parsed without
 * touching any database: the list of changesets a database must have applied to be at
 * this version.
 */
public final class Changelog {

	/**
	 * The classpath path Boot's Liquibase uses too: Liquibase stores it in every history
	 * row.
	 */
	public static final String PATH = "db/changelog/changelog.yaml";

	private final List<ChangeSet> changeSets;

	private Changelog(List<ChangeSet> changeSets) {
		this.changeSets = List.copyOf(changeSets);
	}

	/** Parses the changelog on the classpath. */
	public static Changelog load() {
		ResourceAccessor accessor = resourceAccessor();
		try {
			DatabaseChangeLog changeLog = ChangeLogParserFactory.getInstance()
				.getParser(PATH, accessor)
				.parse(PATH, new ChangeLogParameters(), accessor);
			return new Changelog(changeLog.getChangeSets());
		}
		catch (LiquibaseException ex) {
			throw new IllegalStateException("Could not read the changelog " + PATH + ": " + ex.getMessage(), ex);
		}
	}

	static ResourceAccessor resourceAccessor() {
		return new ClassLoaderResourceAccessor(Changelog.class.getClassLoader());
	}

	List<ChangeSet> changeSets() {
		return this.changeSets;
	}

	/**
	 * The id of the newest changeset: the version a database is at when everything is
	 * applied.
	 */
	public String version() {
		return this.changeSets.isEmpty() ? "none" : this.changeSets.get(this.changeSets.size() - 1).getId();
	}

	public int size() {
		return this.changeSets.size();
	}

}
