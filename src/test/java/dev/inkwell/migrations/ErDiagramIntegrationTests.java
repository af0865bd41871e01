package dev.inkwell.migrations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.inkwell.support.InkwellIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/database.md's Mermaid diagram is the database the changelog builds: the same
 * tables, columns (name and type) and foreign keys; the failure lists what to add or
 * remove.
 */
@InkwellIntegrationTest
class ErDiagramIntegrationTests {

	private static final Pattern DIAGRAM = Pattern.compile("```mermaid\\s*\\n\\s*erDiagram\\s*\\n(.*?)```",
			Pattern.DOTALL);

	private static final Pattern ENTITY = Pattern.compile("(?m)^\\s*(\\w+)\\s*\\{(.*?)\\}", Pattern.DOTALL);

	private static final Pattern ATTRIBUTE = Pattern.compile("^\\s*(\\w+)\\s+(\\w+).*$");

	private static final Pattern RELATIONSHIP = Pattern
		.compile("(?m)^\\s*(\\w+)\\s+\\S+--\\S+\\s+(\\w+)\\s*:\\s*\"([^\"]*)\"");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldDrawEveryTableColumnAndForeignKeyOfTheChangelogAndNothingElse() throws Exception {
		String diagram = diagram();

		Set<String> expected = new LinkedHashSet<>();
		this.jdbc.query("""
				select c.table_name, c.udt_name, c.column_name from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
				  and c.table_name not like 'databasechangelog%'
				order by c.table_name, c.ordinal_position
				""", rs -> {
			expected.add("column " + rs.getString(1) + "." + rs.getString(3) + " " + rs.getString(2));
		});
		this.jdbc.query(
				"""
						select child.relname, parent.relname,
						       (select string_agg(a.attname, ', ' order by k.ord) from unnest(con.conkey) with ordinality k(attnum, ord)
						        join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum)
						from pg_constraint con
						join pg_class child on child.oid = con.conrelid join pg_class parent on parent.oid = con.confrelid
						where con.contype = 'f' and con.connamespace = current_schema()::regnamespace
						""",
				rs -> {
					expected.add("foreign key " + rs.getString(1) + " (" + rs.getString(3) + ") → " + rs.getString(2));
				});

		Set<String> drawn = drawn(diagram);
		List<String> missing = new ArrayList<>(expected);
		missing.removeAll(drawn);
		List<String> stale = new ArrayList<>(drawn);
		stale.removeAll(expected);

		assertThat(missing).as("in the database but not in docs/database.md's diagram (add them)").isEmpty();
		assertThat(stale).as("in docs/database.md's diagram but not in the database (remove them)").isEmpty();
		assertThat(expected).as("the diagram check found the database's tables").isNotEmpty();
	}

	private static String diagram() throws Exception {
		Matcher matcher = DIAGRAM.matcher(Files.readString(Path.of("docs/database.md")));
		assertThat(matcher.find()).as("docs/database.md has a ```mermaid erDiagram block").isTrue();
		return matcher.group(1);
	}

	private static Set<String> drawn(String diagram) {
		Set<String> drawn = new LinkedHashSet<>();
		Map<String, String> entities = new LinkedHashMap<>();
		Matcher entity = ENTITY.matcher(diagram);
		while (entity.find()) {
			entities.put(entity.group(1), entity.group(2));
		}
		entities.forEach((table, body) -> body.lines().forEach(line -> {
			Matcher attribute = ATTRIBUTE.matcher(line);
			if (attribute.matches()) {
				drawn.add("column " + table + "." + attribute.group(2) + " " + attribute.group(1));
			}
		}));
		Matcher relationship = RELATIONSHIP.matcher(diagram);
		while (relationship.find()) {
			drawn.add("foreign key " + relationship.group(2) + " (" + relationship.group(3) + ") → "
					+ relationship.group(1));
		}
		return drawn;
	}

}
