package dev.inkwell.relay;

import dev.inkwell.errors.InvalidInputException;

/**
 * A validated forward page request: {@code first} rows after the {@code after} cursor
 * (null for the first page).
 */
public record Page(int first, String after) {

	/**
	 * A client's paging arguments checked against a list's limits: no {@code first} means
	 * {@code defaultFirst}.
	 */
	public static Page validated(Integer first, String after, int defaultFirst, int maxFirst) {
		int size = first == null ? defaultFirst : first;
		if (size < 0 || size > maxFirst) {
			throw new InvalidInputException("first", "'first' must be between 0 and " + maxFirst + ", was " + size);
		}
		return new Page(size, after);
	}

	/**
	 * What the query fetches: one row more than asked tells whether a next page exists.
	 */
	public int limit() {
		return first + 1;
	}

}
