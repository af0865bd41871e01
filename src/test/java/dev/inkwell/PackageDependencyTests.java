package dev.inkwell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feature packages depend one way (comment → post → author; account, follow → author; post and
 * follow may use account's Viewer and Permissions); graphql/ and database/ import no feature.
 */
class PackageDependencyTests {

	private static final Path SOURCES = Path.of("src/main/java/dev/inkwell");

	/** For each package, the feature packages it must never import. */
	private static final Map<String, List<String>> FORBIDDEN = Map.of(
			"author", List.of("account", "follow", "post", "comment"),
			"account", List.of("follow", "post", "comment"),
			"follow", List.of("post", "comment"),
			"post", List.of("follow", "comment"),
			"graphql", List.of("author", "account", "follow", "post", "comment", "database", "demo"),
			"database", List.of("author", "account", "follow", "post", "comment", "graphql", "demo"));

	private static final Pattern IMPORT = Pattern.compile("^import (?:static )?dev\\.inkwell\\.(\\w+)\\.", Pattern.MULTILINE);

	@Test
	void shouldKeepFeatureDependenciesOneWay() throws IOException {
		for (var entry : FORBIDDEN.entrySet()) {
			Path dir = SOURCES.resolve(entry.getKey());
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
					Matcher imports = IMPORT.matcher(Files.readString(file));
					while (imports.find()) {
						assertThat(imports.group(1)).as("%s imports dev.inkwell.%s", file, imports.group(1))
							.isNotIn(entry.getValue());
					}
				}
			}
		}
	}

}
