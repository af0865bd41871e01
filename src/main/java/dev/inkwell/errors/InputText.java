package dev.inkwell.errors;

/** How every input record cleans its text before validation. */
public final class InputText {

	private InputText() {
	}

	/** Leading and trailing white space (Unicode's, not only ASCII's) is never meant. */
	public static String trimmed(String text) {
		return text == null ? null : text.strip();
	}

}
