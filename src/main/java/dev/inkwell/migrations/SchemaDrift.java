package dev.inkwell.migrations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import liquibase.CatalogAndSchema;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.diff.DiffGeneratorFactory;
import liquibase.diff.DiffResult;
import liquibase.diff.ObjectDifferences;
import liquibase.diff.compare.CompareControl;
import liquibase.exception.LiquibaseException;
import liquibase.structure.DatabaseObject;
import liquibase.ui.LoggerUIService;
import liquibase.UpdateSummaryOutputEnum;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drift: the live schema against the schema db-changelog/ builds. The changelog is
 * applied to a {@link ScratchDatabase}, then Liquibase's diff compares tables, columns,
 * keys, indexes, views and sequences, and {@link CatalogObjects} adds what Liquibase's
 * open-source snapshot does not see (functions, triggers, check constraints).
 */
final class SchemaDrift {

	private final ScratchDatabase.ConnectionSettings live;

	SchemaDrift(ScratchDatabase.ConnectionSettings live) {
		this.live = live;
	}

	Drift detect() {
		DataSource liveDataSource = this.live.dataSource();
		try (ScratchDatabase scratch = ScratchDatabase.create(this.live)) {
			buildChangelogSchema(scratch.dataSource());
			List<String> added = new ArrayList<>();
			List<String> dropped = new ArrayList<>();
			List<String> changed = new ArrayList<>();
			liquibaseDiff(scratch.dataSource(), liveDataSource, added, dropped, changed);
			catalogDiff(new JdbcTemplate(scratch.dataSource()), new JdbcTemplate(liveDataSource), added, dropped,
					changed);
			return new Drift(added.stream().sorted().toList(), dropped.stream().sorted().toList(),
					changed.stream().sorted().toList());
		}
		catch (SQLException | LiquibaseException ex) {
			throw new IllegalStateException("The drift check failed: " + ex.getMessage(), ex);
		}
	}

	private static void buildChangelogSchema(DataSource scratch) throws SQLException, LiquibaseException {
		try (Connection connection = scratch.getConnection()) {
			Liquibase liquibase = new Liquibase(Changelog.PATH, Changelog.resourceAccessor(), database(connection));
			// Into the log, not onto the console: the scratch build is a means, not a
			// result.
			liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
			Scope.child(Scope.Attr.ui.name(), new LoggerUIService(), () -> liquibase.update(""));
		}
		catch (LiquibaseException | SQLException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void liquibaseDiff(DataSource reference, DataSource live, List<String> added, List<String> dropped,
			List<String> changed) throws SQLException, LiquibaseException {
		try (Connection referenceConnection = reference.getConnection();
				Connection liveConnection = live.getConnection()) {
			Database referenceDatabase = database(referenceConnection);
			Database liveDatabase = database(liveConnection);
			// Each side in its own database, both in its default schema: compare schema
			// to schema.
			CompareControl control = new CompareControl(
					new CompareControl.SchemaComparison[] { new CompareControl.SchemaComparison(
							new CatalogAndSchema(referenceDatabase.getDefaultCatalogName(),
									referenceDatabase.getDefaultSchemaName()),
							new CatalogAndSchema(liveDatabase.getDefaultCatalogName(),
									liveDatabase.getDefaultSchemaName())) },
					(Set<Class<? extends DatabaseObject>>) null);
			DiffResult diff = DiffGeneratorFactory.getInstance().compare(referenceDatabase, liveDatabase, control);
			DiffNoise noise = new DiffNoise(identitySequences(referenceConnection), identitySequences(liveConnection));
			diff.getUnexpectedObjects().stream().filter(noise::isOurs).map(DiffNoise::describe).forEach(added::add);
			diff.getMissingObjects().stream().filter(noise::isOurs).map(DiffNoise::describe).forEach(dropped::add);
			for (Map.Entry<DatabaseObject, ObjectDifferences> entry : diff.getChangedObjects().entrySet()) {
				List<String> differences = noise.meaningful(entry.getKey(), entry.getValue());
				if (noise.isOurs(entry.getKey()) && !differences.isEmpty()) {
					changed.add(DiffNoise.describe(entry.getKey()) + ": " + String.join(", ", differences));
				}
			}
		}
	}

	private static void catalogDiff(JdbcTemplate reference, JdbcTemplate live, List<String> added, List<String> dropped,
			List<String> changed) {
		Map<String, String> expected = new TreeMap<>(CatalogObjects.read(reference));
		Map<String, String> actual = new TreeMap<>(CatalogObjects.read(live));
		actual.forEach((name, definition) -> {
			String wanted = expected.remove(name);
			if (wanted == null) {
				added.add(name);
			}
			else if (!wanted.equals(definition)) {
				changed.add(name + ": definition");
			}
		});
		dropped.addAll(expected.keySet());
	}

	/**
	 * Sequences that belong to identity (or serial) columns: their counters move with the
	 * data.
	 */
	private static Set<String> identitySequences(Connection connection) throws SQLException {
		Set<String> names = new HashSet<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
				select s.relname from pg_class s join pg_depend d on d.objid = s.oid and d.deptype in ('i', 'a')
				where s.relkind = 'S' and s.relnamespace = current_schema()::regnamespace
				""")) {
			while (rs.next()) {
				names.add(rs.getString(1));
			}
		}
		return names;
	}

	static Database database(Connection connection) throws LiquibaseException {
		return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
	}

}
