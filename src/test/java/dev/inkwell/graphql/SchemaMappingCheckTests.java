package dev.inkwell.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.junit.jupiter.api.Test;

import org.springframework.core.ResolvableType;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A schema and data fetchers that disagree stop the GraphQL source from being built, with
 * each disagreement named; ones that agree build.
 */
class SchemaMappingCheckTests {

	private static final String SCHEMA = """
			type Query {
			  greeting: Greeting
			}
			type Greeting {
			  text: String
			  language: String
			}
			""";

	record Greeting(String text, String language) {
	}

	@Test
	void shouldBuildWhenEveryFieldIsResolvedByAFetcherOrAProperty() {
		GraphQlSource source = checked(SCHEMA,
				wiring -> wiring.type("Query", type -> type.dataFetcher("greeting", new Fetcher(Map.of()))));

		assertThat(source.schema().getQueryType().getFieldDefinition("greeting")).isNotNull();
	}

	@Test
	void shouldRefuseASchemaFieldThatNothingResolves() {
		String schema = SCHEMA.replace("language: String", "language: String\n  audience: String");

		assertThatIllegalStateException()
			.isThrownBy(() -> checked(schema,
					wiring -> wiring.type("Query", type -> type.dataFetcher("greeting", new Fetcher(Map.of())))))
			.withMessageContaining("Greeting.audience")
			.withMessageNotContaining("Greeting.text");
	}

	@Test
	void shouldRefuseATypeWhoseFieldsTheInspectionCannotSee() {
		assertThatIllegalStateException()
			.isThrownBy(() -> checked(SCHEMA,
					wiring -> wiring.type("Query",
							type -> type.dataFetcher("greeting", env -> new Greeting("Hello", "en")))))
			.withMessageContaining("type Greeting under Query.greeting");
	}

	@Test
	void shouldRefuseAFetcherRegisteredForAFieldTheSchemaLacks() {
		assertThatIllegalStateException()
			.isThrownBy(() -> checked(SCHEMA,
					wiring -> wiring.type("Query",
							type -> type.dataFetcher("greeting", new Fetcher(Map.of()))
								.dataFetcher("greetings", new Fetcher(Map.of())))))
			.withMessageContaining("Query.greetings");
	}

	@Test
	void shouldRefuseAFetcherArgumentTheFieldDoesNotDeclare() {
		Fetcher withArgument = new Fetcher(Map.of("language", ResolvableType.forClass(String.class)));

		assertThatIllegalStateException()
			.isThrownBy(() -> checked(SCHEMA,
					wiring -> wiring.type("Query", type -> type.dataFetcher("greeting", withArgument))))
			.withMessageContaining("Query.greeting")
			.withMessageContaining("language");
	}

	private static GraphQlSource checked(String schema, RuntimeWiringConfigurer wiring) {
		GraphQlSource.SchemaResourceBuilder builder = GraphQlSource.schemaResourceBuilder()
			.schemaResources(new ByteArrayResource(schema.getBytes(StandardCharsets.UTF_8)))
			.configureRuntimeWiring(wiring);
		new SchemaMappingCheck().customize(builder);
		return builder.build();
	}

	/**
	 * Returns a {@link Greeting} and says so, as a controller method does, so the
	 * inspection checks Greeting's fields against the record's properties.
	 */
	private record Fetcher(Map<String, ResolvableType> arguments) implements SelfDescribingDataFetcher<Greeting> {

		@Override
		public Greeting get(DataFetchingEnvironment environment) {
			return new Greeting("Hello", "en");
		}

		@Override
		public String getDescription() {
			return "greeting" + arguments.keySet();
		}

		@Override
		public ResolvableType getReturnType() {
			return ResolvableType.forClass(Greeting.class);
		}

		@Override
		public Map<String, ResolvableType> getArguments() {
			return arguments;
		}

	}

}
