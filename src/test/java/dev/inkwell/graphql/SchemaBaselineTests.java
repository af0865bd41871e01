package dev.inkwell.graphql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema gate: schema.graphqls keeps everything the released schema
 * (docs/schema-baseline.graphqls) promised. A breaking change fails the build, named;
 * making it on purpose means updating the baseline in the same change (CONTRIBUTING.md,
 * "What the build checks").
 */
class SchemaBaselineTests {

	@Test
	void shouldKeepEveryPromiseOfTheReleasedSchema() throws Exception {
		List<String> breaking = SchemaCompatibility.breakingChanges(
				Files.readString(Path.of("docs/schema-baseline.graphqls")),
				Files.readString(Path.of("schema.graphqls")));

		assertThat(breaking)
			.as("breaking changes against docs/schema-baseline.graphqls; if they are meant, copy "
					+ "schema.graphqls over the baseline in the same change and say so in CHANGELOG.md")
			.isEmpty();
	}

}
