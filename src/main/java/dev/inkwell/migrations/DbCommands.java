package dev.inkwell.migrations;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.FastCheckService;
import liquibase.exception.LiquibaseException;

/**
 * The {@code db} commands on one database: each prints what it found or did. Liquibase
 * does the work; {@link SchemaVersion} reads the history before and after, to say which
 * changesets moved.
 */
final class DbCommands {

	private final DataSource dataSource;

	private final PrintStream out;

	private final Changelog changelog = Changelog.load();

	DbCommands(DataSource dataSource, PrintStream out) {
		this.dataSource = dataSource;
		this.out = out;
	}

	void status() {
		SchemaVersion version = version();
		this.out.println("Database:  " + describeDatabase());
		this.out.println("Changelog: " + this.changelog.size() + " changesets, version " + this.changelog.version());
		this.out.println("Applied:   " + version.applied() + " changesets"
				+ version.lastApplied().map(last -> ", last " + last).orElse("")
				+ version.tag().map(tag -> ", tag " + tag).orElse(""));
		list("Pending", version.pending());
		list("Unknown to this changelog", version.unexpected());
		list("Edited since applied", version.edited());
		if (version.isCurrent()) {
			this.out
				.println("Up to date: the database is at the changelog's version " + this.changelog.version() + ".");
		}
		else if (!version.pending().isEmpty()) {
			this.out.println("'db update-sql' prints the SQL of the pending changesets; 'db update' applies them.");
		}
	}

	void updateSql() throws SQLException, LiquibaseException {
		liquibase((liquibase, writer) -> liquibase.update(new Contexts(), new LabelExpression(), writer));
	}

	void update() throws SQLException, LiquibaseException {
		List<ChangesetRef> pending = version().pending();
		liquibase((liquibase, writer) -> liquibase.update(new Contexts(), new LabelExpression()));
		list("Applied", pending);
		this.out.println(
				"The database is at version " + version().lastApplied().map(ChangesetRef::id).orElse("none") + ".");
	}

	void rollback(int count) throws SQLException, LiquibaseException {
		liquibase((liquibase, writer) -> liquibase.rollback(count, (String) null));
		// Liquibase remembers per JVM that this database was up to date; it no longer is.
		Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
		SchemaVersion after = version();
		this.out.println("Rolled back " + count + " changesets; the database is at version "
				+ after.lastApplied().map(ChangesetRef::id).orElse("none (empty history)") + ".");
		list("Pending now", after.pending());
	}

	void rollbackSql(int count) throws SQLException, LiquibaseException {
		liquibase((liquibase, writer) -> liquibase.rollback(count, (String) null, writer));
	}

	void tag(String name) throws SQLException, LiquibaseException {
		liquibase((liquibase, writer) -> liquibase.tag(name));
		this.out.println("Tagged version " + version().lastApplied().map(ChangesetRef::id).orElse("none") + " as '"
				+ name + "'; 'db rollback-sql' and Liquibase's rollback to this tag return here.");
	}

	/** Prints the drift and says whether there is any. */
	boolean drift() {
		Drift drift = new SchemaDrift(connectionSettings(this.dataSource)).detect();
		this.out.println("Compared " + describeDatabase() + " with the schema the changelog builds (version "
				+ this.changelog.version() + ").");
		list("Added by hand (not in the changelog)", drift.added());
		list("Dropped by hand (the changelog creates them)", drift.dropped());
		list("Changed by hand", drift.changed());
		this.out.println(drift.isEmpty() ? "No drift."
				: "Drift: " + drift.count() + (drift.count() == 1 ? " object differs." : " objects differ."));
		return !drift.isEmpty();
	}

	static ScratchDatabase.ConnectionSettings connectionSettings(DataSource dataSource) {
		try {
			HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
			return new ScratchDatabase.ConnectionSettings(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The drift check needs the HikariCP pool Boot configures", ex);
		}
	}

	private SchemaVersion version() {
		return SchemaVersion.of(this.dataSource, this.changelog);
	}

	private String describeDatabase() {
		ScratchDatabase.ConnectionSettings settings = connectionSettings(this.dataSource);
		return settings.url().replaceFirst("\\?.*$", "") + " (user " + settings.username() + ")";
	}

	private void list(String title, List<?> items) {
		if (!items.isEmpty()) {
			this.out.println(title + ": " + items.size());
			items.forEach(item -> this.out.println("  " + item));
		}
	}

	private void liquibase(LiquibaseWork work) throws SQLException, LiquibaseException {
		try (Connection connection = this.dataSource.getConnection()) {
			Liquibase liquibase = new Liquibase(Changelog.PATH, Changelog.resourceAccessor(),
					SchemaDrift.database(connection));
			PrintWriter writer = new PrintWriter(new OutputStreamWriter(this.out, StandardCharsets.UTF_8));
			work.run(liquibase, writer);
			writer.flush();
		}
	}

	@FunctionalInterface
	private interface LiquibaseWork {

		void run(Liquibase liquibase, Writer writer) throws LiquibaseException;

	}

}
