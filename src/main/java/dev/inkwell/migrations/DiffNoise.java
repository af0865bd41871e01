package dev.inkwell.migrations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import liquibase.diff.Difference;
import liquibase.diff.ObjectDifferences;
import liquibase.structure.DatabaseObject;
import liquibase.structure.core.Catalog;
import liquibase.structure.core.Column;
import liquibase.structure.core.ForeignKey;
import liquibase.structure.core.Index;
import liquibase.structure.core.PrimaryKey;
import liquibase.structure.core.Relation;
import liquibase.structure.core.Schema;
import liquibase.structure.core.Sequence;
import liquibase.structure.core.UniqueConstraint;
import liquibase.structure.core.View;

/**
 * What of Liquibase's diff is not drift: its own history tables, the sequences behind
 * identity columns (their counters move with the data), view text that differs only in
 * whitespace, and the catalogs and schemas themselves (the scratch database has another
 * name).
 */
final class DiffNoise {

	private final Set<String> identitySequences;

	DiffNoise(Set<String> referenceIdentitySequences, Set<String> liveIdentitySequences) {
		this.identitySequences = new HashSet<>(referenceIdentitySequences);
		this.identitySequences.addAll(liveIdentitySequences);
	}

	boolean isOurs(DatabaseObject object) {
		if (object instanceof Catalog || object instanceof Schema) {
			return false;
		}
		if (object instanceof Sequence && this.identitySequences.contains(object.getName())) {
			return false;
		}
		String relation = relationName(object);
		return relation == null || !relation.toLowerCase(Locale.ROOT).startsWith("databasechangelog");
	}

	/** The differences that mean something, as {@code field: expected → found}. */
	List<String> meaningful(DatabaseObject object, ObjectDifferences differences) {
		List<String> meaningful = new ArrayList<>();
		for (Difference difference : differences.getDifferences()) {
			if (object instanceof View && "definition".equals(difference.getField())
					&& squeeze(difference.getReferenceValue()).equals(squeeze(difference.getComparedValue()))) {
				continue;
			}
			meaningful.add(isShort(difference.getReferenceValue()) && isShort(difference.getComparedValue())
					? difference.getField() + " " + difference.getReferenceValue() + " → "
							+ difference.getComparedValue()
					: difference.getField());
		}
		return meaningful;
	}

	/** A person's name for the object: {@code index post_title_idx on post}. */
	static String describe(DatabaseObject object) {
		String type = object.getObjectTypeName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		String relation = relationName(object);
		return type + " " + object.getName()
				+ (relation != null && !(object instanceof Relation) ? " on " + relation : "");
	}

	private static String relationName(DatabaseObject object) {
		DatabaseObject relation = null;
		if (object instanceof Relation table) {
			relation = table;
		}
		else if (object instanceof Column column) {
			relation = column.getRelation();
		}
		else if (object instanceof Index index) {
			relation = index.getRelation();
		}
		else if (object instanceof PrimaryKey key) {
			relation = key.getTable();
		}
		else if (object instanceof UniqueConstraint constraint) {
			relation = constraint.getRelation();
		}
		else if (object instanceof ForeignKey key) {
			relation = key.getForeignKeyTable();
		}
		return relation == null ? null : relation.getName();
	}

	/** Values worth printing inline (a type, a default); a view's whole query is not. */
	private static boolean isShort(Object value) {
		return value == null || (value.toString().length() <= 60 && !value.toString().contains("\n"));
	}

	private static String squeeze(Object text) {
		return text == null ? "" : text.toString().replaceAll("\\s+", " ").trim();
	}

}
