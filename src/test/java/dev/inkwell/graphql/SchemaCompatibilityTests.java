package dev.inkwell.graphql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate's rules on small schemas: what breaks the released contract, and what passes.
 */
class SchemaCompatibilityTests {

	private static final String RELEASED = """
			type Query { post(id: ID!, format: String): Post  posts(first: Int): [Post!]! }
			interface Node { id: ID! }
			type Post implements Node { id: ID!  title: String!  summary: String  status: Status! }
			enum Status { DRAFT PUBLISHED }
			union Result = Post
			input PostInput { heading: String!  note: String }
			type Mutation { createPost(input: PostInput!): Post }
			""";

	@Test
	void shouldPassTheSameSchema() {
		assertThat(SchemaCompatibility.breakingChanges(RELEASED, RELEASED)).isEmpty();
	}

	@Test
	void shouldPassAdditions() {
		String added = RELEASED.replace("status: Status! }", "status: Status!  tags: [String!]! }")
			.replace("DRAFT PUBLISHED", "DRAFT PUBLISHED ARCHIVED")
			.replace("posts(first: Int)", "posts(first: Int, after: String)")
			.replace("note: String }", "note: String  draft: Boolean }") + "type Tag { name: String! }\n";

		assertThat(SchemaCompatibility.breakingChanges(RELEASED, added)).isEmpty();
	}

	@Test
	void shouldNameARemovedField() {
		assertThat(SchemaCompatibility.breakingChanges(RELEASED, RELEASED.replace("summary: String  status", "status")))
			.containsExactly("field Post.summary removed");
	}

	@Test
	void shouldNameARemovedType() {
		String withoutUnion = RELEASED.replace("union Result = Post\n", "");

		assertThat(SchemaCompatibility.breakingChanges(RELEASED, withoutUnion)).containsExactly("union Result removed");
	}

	@Test
	void shouldNameARemovedEnumValue() {
		assertThat(SchemaCompatibility.breakingChanges(RELEASED, RELEASED.replace("DRAFT PUBLISHED", "PUBLISHED")))
			.containsExactly("enum value Status.DRAFT removed");
	}

	@Test
	void shouldNameARemovedArgument() {
		assertThat(SchemaCompatibility.breakingChanges(RELEASED, RELEASED.replace(", format: String", "")))
			.containsExactly("argument format of field Query.post removed");
	}

	@Test
	void shouldNameAChangedType() {
		assertThat(SchemaCompatibility.breakingChanges(RELEASED,
				RELEASED.replace("title: String!  summary", "title: Int!  summary")))
			.containsExactly("field Post.title changed type: String! → Int!");
	}

	@Test
	void shouldNameAnOutputWhoseNullabilityChangedEitherWay() {
		assertThat(SchemaCompatibility.breakingChanges(RELEASED,
				RELEASED.replace("title: String!  summary", "title: String  summary")))
			.containsExactly("field Post.title changed nullability: String! → String");
		assertThat(SchemaCompatibility.breakingChanges(RELEASED,
				RELEASED.replace("summary: String  status", "summary: String!  status")))
			.containsExactly("field Post.summary changed nullability: String → String!");
	}

	@Test
	void shouldNameAnInputWhoseNullabilityChangedEitherWay() {
		assertThat(SchemaCompatibility.breakingChanges(RELEASED,
				RELEASED.replace("posts(first: Int)", "posts(first: Int!)")))
			.containsExactly("argument first of field Query.posts changed nullability: Int → Int!");
		assertThat(SchemaCompatibility.breakingChanges(RELEASED,
				RELEASED.replace("input PostInput { heading: String!", "input PostInput { heading: String")))
			.containsExactly("input field PostInput.heading changed nullability: String! → String");
	}

	@Test
	void shouldNameANewRequiredArgumentOrInputField() {
		String required = RELEASED.replace("posts(first: Int)", "posts(first: Int, order: String!)")
			.replace("note: String }", "note: String  slug: String! }");

		assertThat(SchemaCompatibility.breakingChanges(RELEASED, required)).containsExactlyInAnyOrder(
				"required argument order added to field Query.posts", "required input field PostInput.slug added");
	}

	@Test
	void shouldNameADroppedInterface() {
		assertThat(SchemaCompatibility.breakingChanges(RELEASED,
				RELEASED.replace("type Post implements Node {", "type Post {")))
			.containsExactly("Post no longer implements Node");
	}

}
