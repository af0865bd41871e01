package dev.inkwell.projection;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The columns a row mapper reads from one table, and which fields of the table's GraphQL
 * type need the costly ones (long texts, timestamps): a statement reads those only when
 * the operation selects such a field, and selects {@code null} under the same name
 * otherwise, so one row mapper reads every variant. A feed's comments then skip their
 * authors' emails and bios and four timestamps a row, which cost PostgreSQL, the wire and
 * the driver more than the rest of the row.
 * <p>
 * Columns no field is declared to need are always read (keys, cursors, counters). The
 * type's owner declares the fields resolved from its row (the record's accessors); a
 * field another feature adds to the type (a relationship resolved by its own loader)
 * reads no column of the row but the keys, so it is not declared here and reads only the
 * columns that are always read. A test checks that the declared fields are exactly the
 * type's fields its record resolves.
 */
public final class Columns implements SqlPart {

	private final String type;

	private final List<String> names;

	private final Map<String, List<String>> needs;

	private final String alias;

	private final String prefix;

	/** The columns no field is declared to need. */
	private final Set<String> alwaysRead;

	private Columns(String type, List<String> names, Map<String, List<String>> needs, String alias, String prefix) {
		this.type = type;
		this.names = names;
		this.needs = needs;
		this.alias = alias;
		this.prefix = prefix;
		this.alwaysRead = new HashSet<>(names);
		needs.values().forEach(this.alwaysRead::removeAll);
	}

	/** Every column the mapper of {@code type}'s rows reads, in its order. */
	public static Columns of(String type, List<String> names) {
		return new Columns(type, List.copyOf(names), Map.of(), "", "");
	}

	/**
	 * {@code field} needs these columns; a field declared with none needs only the
	 * columns that are always read.
	 */
	public Columns field(String field, String... columns) {
		for (String column : columns) {
			if (!names.contains(column)) {
				throw new IllegalArgumentException(
						"%s.%s needs %s, which is not a column of %s".formatted(type, field, column, names));
			}
		}
		Map<String, List<String>> more = new LinkedHashMap<>(needs);
		more.put(field, List.of(columns));
		return new Columns(type, names, Map.copyOf(more), alias, prefix);
	}

	/**
	 * Columns that no field of the type shows (kept for the mapper's record, e.g. for a
	 * write's version check elsewhere): read only when everything is.
	 */
	public Columns unexposed(String... columns) {
		Map<String, List<String>> more = new LinkedHashMap<>(needs);
		more.put("", List.of(columns));
		return new Columns(type, names, Map.copyOf(more), alias, prefix);
	}

	/**
	 * The same columns of the table under {@code alias}, each renamed with
	 * {@code prefix}.
	 */
	public Columns as(String alias, String prefix) {
		return new Columns(type, names, needs, alias, prefix);
	}

	public String type() {
		return type;
	}

	/** Every column, in the mapper's order. */
	public List<String> names() {
		return names;
	}

	/** The fields this declaration knows. */
	public Set<String> fields() {
		Set<String> fields = new HashSet<>(needs.keySet());
		fields.remove("");
		return fields;
	}

	/** Every column, whatever is selected: for statements outside GraphQL's reads. */
	public String all() {
		return render(SelectedFields.EVERYTHING);
	}

	@Override
	public String render(SelectedFields selected) {
		Set<String> read = read(selected.on(type));
		return names.stream()
			.map(name -> (read == null || read.contains(name) ? qualified(name) : "null") + " as " + prefix + name)
			.collect(Collectors.joining(", "));
	}

	/**
	 * The optional columns the fields need, or null for every column. A field not
	 * declared (another feature's relationship, {@code __typename}) needs none.
	 */
	private Set<String> read(Set<String> fields) {
		if (fields == null) {
			return null;
		}
		Set<String> read = new HashSet<>(alwaysRead);
		for (String field : fields) {
			read.addAll(needs.getOrDefault(field, List.of()));
		}
		return read;
	}

	private String qualified(String name) {
		return alias.isEmpty() ? name : alias + "." + name;
	}

}
