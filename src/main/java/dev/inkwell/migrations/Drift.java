package dev.inkwell.migrations;

import java.util.List;

/**
 * Objects of the live schema that differ from the schema the changelog builds: changes
 * made by hand.
 *
 * @param added in the live database, not built by the changelog (an index created by
 * hand)
 * @param dropped built by the changelog, missing from the live database
 * @param changed in both, but different (a column's type, a function's body, a view's
 * query)
 */
public record Drift(List<String> added, List<String> dropped, List<String> changed) {

	public Drift {
		added = List.copyOf(added);
		dropped = List.copyOf(dropped);
		changed = List.copyOf(changed);
	}

	public int count() {
		return this.added.size() + this.dropped.size() + this.changed.size();
	}

	public boolean isEmpty() {
		return count() == 0;
	}

}
