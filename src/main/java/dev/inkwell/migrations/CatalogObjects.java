package dev.inkwell.migrations;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Functions, triggers and check constraints of the current schema with their definitions
 * as PostgreSQL prints them (so whitespace in the changeset does not count): the part of
 * a schema Liquibase's open-source snapshot leaves out.
 */
final class CatalogObjects {

	private static final String SQL = """
			select 'function ' || p.oid::regprocedure::text as name, pg_get_functiondef(p.oid) as definition
			from pg_proc p
			where p.pronamespace = current_schema()::regnamespace and p.prokind in ('f', 'p')
			  and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
			union all
			select 'trigger ' || t.tgname || ' on ' || c.relname, pg_get_triggerdef(t.oid)
			from pg_trigger t join pg_class c on c.oid = t.tgrelid
			where c.relnamespace = current_schema()::regnamespace and not t.tgisinternal
			union all
			select 'check constraint ' || con.conname || ' on ' || c.relname, pg_get_constraintdef(con.oid)
			from pg_constraint con join pg_class c on c.oid = con.conrelid
			where c.relnamespace = current_schema()::regnamespace and con.contype = 'c'
			""";

	private CatalogObjects() {
	}

	static Map<String, String> read(JdbcTemplate jdbc) {
		Map<String, String> objects = new HashMap<>();
		jdbc.query(SQL, rs -> {
			objects.put(rs.getString("name"), rs.getString("definition"));
		});
		return objects;
	}

}
