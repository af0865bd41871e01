package dev.inkwell.graphql;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the schema and the data fetchers disagree: Spring for GraphQL's
 * schema mapping inspection finds a schema field that nothing resolves (no data fetcher
 * and no property of the Java type returned above it), a data fetcher registered for a
 * field the schema does not have, a controller argument the field does not declare, or a
 * type whose fields it could not check at all.
 * <p>
 * Spring Boot only logs the same report; a typo in a string-wired field or a record
 * component renamed without the schema would then be found by a client, as a null. This
 * keeps Boot's log line and fails instead. The inspection skips a type when the data
 * fetcher above it does not say what it returns (a lambda, or a method returning
 * {@code Object}): every field under it would go unchecked, so a skipped type is refused
 * too, and the fix is a fetcher that describes its return type (a controller method with
 * a typed return, or a {@code SelfDescribingDataFetcher}).
 */
@Component
class SchemaMappingCheck implements GraphQlSourceBuilderCustomizer {

	private static final Log logger = LogFactory.getLog(SchemaMappingCheck.class);

	private volatile SchemaReport report;

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.inspectSchemaMappings(this::verify);
	}

	/** The report of the schema this server serves (its test asserts it is empty). */
	SchemaReport report() {
		return report;
	}

	private void verify(SchemaReport report) {
		this.report = report;
		logger.info(report);
		List<String> problems = problems(report);
		if (!problems.isEmpty()) {
			throw new IllegalStateException(
					"The schema and its data fetchers disagree:\n\t" + String.join("\n\t", problems));
		}
	}

	/**
	 * One line per unmapped field, registration or argument, or skipped type, naming it.
	 */
	static List<String> problems(SchemaReport report) {
		List<String> problems = new ArrayList<>();
		report.unmappedFields()
			.forEach(field -> problems.add("no data fetcher and no property resolves schema field " + field));
		report.unmappedRegistrations()
			.keySet()
			.forEach(field -> problems.add("a data fetcher is registered for " + field + ", which the schema lacks"));
		report.unmappedArguments()
			.forEach((fetcher, names) -> problems.add("the data fetcher of " + fieldOf(report, fetcher)
					+ " takes arguments the schema field does not declare: " + String.join(", ", names)));
		report.skippedTypes()
			.forEach(skipped -> problems.add("the fields of type " + skipped + " under " + skipped.fieldCoordinates()
					+ " go unchecked: no Java type is known there"
					+ " (the data fetcher does not describe what it returns)"));
		return problems;
	}

	/**
	 * The report keys unmapped arguments by data fetcher; a person looks for the field.
	 */
	private static String fieldOf(SchemaReport report, DataFetcher<?> fetcher) {
		return report.schema()
			.getAllTypesAsList()
			.stream()
			.filter(GraphQLObjectType.class::isInstance)
			.flatMap(type -> ((GraphQLObjectType) type).getFieldDefinitions()
				.stream()
				.map(field -> FieldCoordinates.coordinates(type.getName(), field.getName())))
			.filter(field -> report.dataFetcher(field) == fetcher)
			.map(FieldCoordinates::toString)
			.findFirst()
			.orElse(fetcher.toString());
	}

}
