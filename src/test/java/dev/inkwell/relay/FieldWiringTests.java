package dev.inkwell.relay;

import java.util.List;
import java.util.Map;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticApplicationContext;
import org.springframework.graphql.execution.DefaultBatchLoaderRegistry;
import org.springframework.graphql.execution.SchemaMappingInspector;
import org.springframework.graphql.execution.SchemaReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * A declared field must exist in the schema: a typo fails start-up and names the field,
 * instead of leaving the real field without its fetcher. A paged field tells Spring's
 * schema mapping inspection what it returns, so the fields under it are checked too.
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
	void shouldLetSchemaInspectionCheckAPagedFieldsNodesAndArguments() {
		StaticApplicationContext context = new StaticApplicationContext();
		context.refresh();
		FieldWiring wiring = new FieldWiring(new DefaultBatchLoaderRegistry(), null, null, context, null);
		wiring.paged(PagedField.of("Query", "posts", Node.class, ChildQuery.of("post", "id", "tag_id"),
				(rs, row) -> new Node(rs.getLong("id")), ids -> Map.of()), (Node source) -> source.id());
		RuntimeWiring.Builder builder = RuntimeWiring.newRuntimeWiring();
		wiring.configure(builder);
		RuntimeWiring runtime = builder.build();
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
				type Query { posts(first: Int): PostConnection! }
				type PostConnection { edges: [PostEdge!]! pageInfo: PageInfo! totalCount: Int! }
				type PostEdge { cursor: String! node: Post! }
				type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
				type Post { id: ID! title: String }
				"""), runtime);

		SchemaReport report = SchemaMappingInspector.inspect(schema, runtime);

		assertThat(report.skippedTypes()).isEmpty();
		assertThat(report.unmappedFields()).containsExactly(FieldCoordinates.coordinates("Post", "title"));
		assertThat(report.unmappedArguments().values()).containsExactly(List.of("after"));
	}

	/** A node without the schema's {@code title}. */
	record Node(long id) {
	}

	@Test
	void shouldRefuseAFieldDeclaredTwice() {
		fields.field("Tag", "id", env -> "1");

		assertThatIllegalStateException().isThrownBy(() -> fields.field("Tag", "id", env -> "2"))
			.withMessageContaining("Tag.id");
	}

}
