package dev.inkwell.graphql;

/**
 * A validated forward page request: {@code first} rows after the {@code after} cursor (null for
 * the first page).
 */
public record Page(int first, String after) {

	/** What the query fetches: one row more than asked tells whether a next page exists. */
	public int limit() {
		return first + 1;
	}

}
