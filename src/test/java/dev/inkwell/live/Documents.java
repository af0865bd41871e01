package dev.inkwell.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Operation documents of src/test/resources/graphql-test/, by operation name. */
final class Documents {

	static String named(String name) {
		try (InputStream in = Documents.class.getResourceAsStream("/graphql-test/" + name + ".graphql")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Documents() {
	}

}
