package dev.inkwell.docs;

/**
 * One runnable example found in a Markdown file, with the line (1-based) where it starts.
 */
sealed interface Example {

	String file();

	int line();

	/**
	 * A {@code ```graphql} block: one executable document, its variables (a JSON object,
	 * or null) and the error code it should answer (null when it should succeed).
	 */
	record Operation(String file, int line, String document, String variables, String expectedCode) implements Example {

		Operation withVariables(String json) {
			return new Operation(file, line, document, json, expectedCode);
		}

	}

	/** A curl command that sends a request to {@code /graphql}. */
	record Curl(String file, int line, CurlRequest request) implements Example {

	}

	/** GraphQL in a JavaScript or TypeScript literal: validated, not run. */
	record Embedded(String file, int line, String document) implements Example {

	}

	/**
	 * Something that breaks the convention where it is found, such as a variables block
	 * with no operation right before it: always a failure.
	 */
	record Misplaced(String file, int line, String problem) implements Example {

	}

}
