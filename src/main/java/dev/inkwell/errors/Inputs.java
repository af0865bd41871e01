package dev.inkwell.errors;

/** How every input record cleans its text before validation. */
public final class Inputs {

	private Inputs() {
	}

	/** Leading and trailing white space (Unicode's, not only ASCII's) is never meant. */
	public static String trimmed(String text) {
		return text == null ? null : text.strip();
	}

}
