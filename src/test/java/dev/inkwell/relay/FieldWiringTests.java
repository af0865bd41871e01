package dev.inkwell.relay;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.DefaultBatchLoaderRegistry;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * A declared field must exist in the schema: a typo fails start-up and names the field,
 * instead of leaving the real field without its fetcher.
 */
class FieldWiringTests {

	private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
			new SchemaParser().parse("type Query { tag: Tag } type Tag { id: ID posts: Int }"),
			RuntimeWiring.newRuntimeWiring().build());

	private final FieldWiring fields = new FieldWiring(new DefaultBatchLoaderRegistry(), null, null, null, null);

	@Test
	void shouldAcceptFieldsTheSchemaHas() {
		fields.field("Tag", "id", env -> "1");
		fields.wholeList("Query", "tag", () -> 0);

		assertThatNoException().isThrownBy(() -> fields.verify(SCHEMA));
	}

	@Test
	void shouldFailNamingAFieldTheSchemaDoesNotHave() {
		fields.field("Tag", "postz", env -> null);
		fields.field("Tga", "id", env -> null);

		assertThatIllegalStateException().isThrownBy(() -> fields.verify(SCHEMA))
			.withMessageContaining("Tag.postz")
			.withMessageContaining("Tga.id");
	}

	@Test
	void shouldRefuseAFieldDeclaredTwice() {
		fields.field("Tag", "id", env -> "1");

		assertThatIllegalStateException().isThrownBy(() -> fields.field("Tag", "id", env -> "2"))
			.withMessageContaining("Tag.id");
	}

}
