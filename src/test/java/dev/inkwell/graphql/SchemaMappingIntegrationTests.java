package dev.inkwell.graphql;

import dev.inkwell.support.InkwellIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SchemaReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field of the served schema is resolved by a data fetcher or a property of the
 * Java type above it, every data fetcher and argument belongs to a schema field, and no
 * type is skipped: the inspection saw the Java type under every field.
 */
@InkwellIntegrationTest
class SchemaMappingIntegrationTests {

	@Autowired
	SchemaMappingCheck check;

	@Autowired
	GraphQlSource source;

	@Test
	void shouldMapAndCheckEveryFieldOfTheServedSchemaAndNothingElse() {
		SchemaReport report = check.report();

		assertThat(report.schema()).isSameAs(source.schema());
		assertThat(report.unmappedFields()).isEmpty();
		assertThat(report.unmappedRegistrations()).isEmpty();
		assertThat(report.unmappedArguments()).isEmpty();
		assertThat(report.skippedTypes()).isEmpty();
		assertThat(SchemaMappingCheck.problems(report)).isEmpty();
	}

}
