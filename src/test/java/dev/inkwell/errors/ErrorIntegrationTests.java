package dev.inkwell.errors;

import java.util.List;
import java.util.Map;

import dev.inkwell.support.GlobalIdsForTests;
import dev.inkwell.support.InkwellIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input gets a classified error with a code and a path, never a 500 or a stack trace.
 */
@InkwellIntegrationTest
class ErrorIntegrationTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@LocalServerPort
	int port;

	@Test
	void shouldRejectPageSizesOutsideTheLimitsAsBadUserInput() {
		for (int first : new int[] { -1, 101 }) {
			graphQl.documentName("postsPage")
				.variable("first", first)
				.execute()
				.errors()
				.expect(error -> isBadUserInput(error.getErrorType(), error.getExtensions(), "first")
						&& error.getPath().equals("posts"))
				.verify();
			graphQl.documentName("authorsPage")
				.variable("first", first)
				.execute()
				.errors()
				.expect(error -> isBadUserInput(error.getErrorType(), error.getExtensions(), "first")
						&& error.getPath().equals("authors"))
				.verify();
		}
	}

	@Test
	void shouldAcceptTheLargestAllowedPageSize() {
		graphQl.documentName("postsPage").variable("first", 100).execute().errors().verify();
		graphQl.documentName("postsPage")
			.variable("first", 0)
			.execute()
			.errors()
			.verify()
			.path("posts.edges")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void shouldRejectCursorsThatAreNotCursorsOfTheList() {
		String[] bad = { "garbage!", GlobalIdsForTests.encodeRaw("2026-01-01|x"), GlobalIdsForTests.encodeRaw("a|b|c"),
				"" };
		for (String after : bad) {
			graphQl.documentName("postsPage")
				.variable("after", after)
				.execute()
				.errors()
				.expect(error -> isBadUserInput(error.getErrorType(), error.getExtensions(), "after"))
				.verify();
			graphQl.documentName("authorsPage")
				.variable("after", after)
				.execute()
				.errors()
				.expect(error -> isBadUserInput(error.getErrorType(), error.getExtensions(), "after"))
				.verify();
		}
	}

	@Test
	void shouldRejectAnAuthorLookupWithoutExactlyOneKey() {
		graphQl.document("{ author { username } }")
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST && error.getPath().equals("author"))
			.verify();
		graphQl.document("{ author(id: \"QXV0aG9yOjE\", username: \"someone\") { username } }")
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST && error.getPath().equals("author"))
			.verify();
	}

	@Test
	void shouldClassifyUnknownFieldsAsValidationErrorsWithTheFieldPath() {
		graphQl.document("{ posts { edges { node { title nonsense } } } }")
			.execute()
			.errors()
			.expect(error -> "ValidationError".equals(error.getErrorType().toString())
					&& "GRAPHQL_VALIDATION_FAILED".equals(error.getExtensions().get("code"))
					&& error.getPath().equals("posts.edges.node.nonsense"))
			.verify();
	}

	@Test
	void shouldRefuseDocumentsBeyondTheDepthAndFieldLimits() {
		String deep = "{ posts { edges { node { author { posts { edges { node { author { posts { edges { node { author "
				+ "{ posts { edges { node { title } } } } } } } } } } } } } } } }";
		graphQl.document(deep)
			.execute()
			.errors()
			.expect(error -> "QUERY_TOO_COMPLEX".equals(error.getExtensions().get("code")))
			.verify();

		StringBuilder aliases = new StringBuilder("{");
		for (int i = 0; i < 1100; i++) {
			aliases.append(" a").append(i).append(": posts(first: 1) { totalCount }");
		}
		graphQl.document(aliases.append(" }").toString())
			.execute()
			.errors()
			.expect(error -> "QUERY_TOO_COMPLEX".equals(error.getExtensions().get("code")))
			.verify();
	}

	@Test
	void shouldCountTheFieldsThatFragmentsSpread() {
		// Each fragment spreads the one before it twice: 2^12 = 4,096 titles from a short
		// document.
		StringBuilder document = new StringBuilder("{ posts(first: 1) { edges { node { ...F12 } } } }\n");
		document.append("fragment F0 on Post { title }\n");
		for (int level = 1; level <= 12; level++) {
			document.append("fragment F%d on Post { a%d: author { username } ...F%d ...F%d }\n".formatted(level, level,
					level - 1, level - 1));
		}
		graphQl.document(document.toString())
			.execute()
			.errors()
			.expect(error -> "QUERY_TOO_COMPLEX".equals(error.getExtensions().get("code"))
					&& "maxFields".equals(error.getExtensions().get("limit"))
					&& Integer.valueOf(2000).equals(error.getExtensions().get("max")))
			.verify();
	}

	@Test
	void shouldMeasureOnlyTheOperationThatRuns() {
		String document = """
				query Small { posts(first: 1) { edges { node { title } } } }
				query Deep { posts { edges { node { author { posts { edges { node { author { posts { edges { node { author
				  { posts { edges { node { title } } } } } } } } } } } } } } } }
				""";
		graphQl.document(document).operationName("Small").execute().errors().verify().path("posts.edges").hasValue();
		graphQl.document(document)
			.operationName("Deep")
			.execute()
			.errors()
			.expect(error -> "QUERY_TOO_COMPLEX".equals(error.getExtensions().get("code"))
					&& "maxDepth".equals(error.getExtensions().get("limit"))
					&& Integer.valueOf(16).equals(error.getExtensions().get("depth")))
			.verify();
	}

	@Test
	void shouldRefuseARepeatedDocumentAsOftenAsItComes() {
		// Parsed documents are cached: a cached one must still fail validation and the
		// limits.
		String deep = "{ posts { edges { node { author { posts { edges { node { author { posts { edges { node { author "
				+ "{ posts { edges { node { title } } } } } } } } } } } } } } } }";
		for (int attempt = 0; attempt < 3; attempt++) {
			graphQl.document("{ posts { edges { node { nonsense } } } }")
				.execute()
				.errors()
				.expect(error -> "GRAPHQL_VALIDATION_FAILED".equals(error.getExtensions().get("code")))
				.verify();
			graphQl.document(deep)
				.execute()
				.errors()
				.expect(error -> "QUERY_TOO_COMPLEX".equals(error.getExtensions().get("code")))
				.verify();
		}
	}

	@Test
	void shouldClassifyUnparsableDocumentsAsParseErrors() {
		graphQl.document("{ posts { edges ")
			.execute()
			.errors()
			.expect(error -> "GRAPHQL_PARSE_FAILED".equals(error.getExtensions().get("code")))
			.verify();
	}

	@Test
	void shouldAnswerBadRequestsWithoutServerErrorsOrStackTraces() {
		RestClient http = RestClient.create("http://localhost:" + port);
		List<String> documents = List.of("{ posts(first: 1000) { totalCount } }", "{ nope }",
				"{ node(id: \"%%%\") { id } }", "{ posts(after: \"\\u0000\") { totalCount } }");
		for (String document : documents) {
			var response = http.post()
				.uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.body(Map.of("query", document))
				.exchange((request, reply) -> Map.entry(reply.getStatusCode().value(), reply.bodyTo(String.class)));

			assertThat(response.getKey()).isLessThan(500);
			assertThat(response.getValue()).contains("\"code\"")
				.doesNotContain("Exception")
				.doesNotContain("at dev.inkwell");
		}
	}

	private static boolean isBadUserInput(Object errorType, Map<String, Object> extensions, String argument) {
		return errorType == ErrorType.BAD_REQUEST && "BAD_USER_INPUT".equals(extensions.get("code"))
				&& argument.equals(extensions.get("argument"));
	}

}
