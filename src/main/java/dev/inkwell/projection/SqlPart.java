package dev.inkwell.projection;

/**
 * A piece of a native statement (a select list, a from clause) rendered for the fields an
 * operation selects: fixed text, or a table's {@link Columns}.
 */
@FunctionalInterface
public interface SqlPart {

	String render(SelectedFields selected);

	/** The same text whatever is selected. */
	static SqlPart of(String text) {
		return selected -> text;
	}

	/** This part, a comma, then {@code more}: two select lists as one. */
	default SqlPart and(SqlPart more) {
		return selected -> render(selected) + ", " + more.render(selected);
	}

}
