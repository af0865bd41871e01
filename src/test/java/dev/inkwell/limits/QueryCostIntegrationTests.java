package dev.inkwell.limits;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

import graphql.introspection.IntrospectionQuery;
import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.StatementCounter;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cost and the other document limits refuse a document before any SQL runs, and let real
 * documents through.
 */
@InkwellIntegrationTest
class QueryCostIntegrationTests {

	/**
	 * The denial of service: 100 posts × 100 comments × their authors' 100 posts
	 * × 100 comments.
	 */
	static final String HUNDRED_TO_THE_FOURTH = """
			{ posts(first: 100) { edges { node { comments(first: 100) { edges { node { author {
			  posts(first: 100) { edges { node { comments(first: 100) { edges { node { body } } } } } } } } } } } } } }
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	StatementCounter counter;

	@Autowired
	TestData data;

	@Test
	void shouldRefuseTheHundredToTheFourthQueryNamingCostAndLimitWithoutAnySql() {
		var counted = counter.count(() -> graphQl.document(HUNDRED_TO_THE_FOURTH).execute());
		counted.result().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COMPLEX")
				.containsEntry("maxCost", 100000);
			assertThat(((Number) error.getExtensions().get("cost")).longValue()).isGreaterThan(100_000_000L);
		}));
		assertThat(counted.statements()).isEmpty();
	}

	@Test
	void shouldMultiplyPageSizesGivenAsVariables() {
		String document = """
				query Nested($n: Int) { posts(first: $n) { edges { node { comments(first: $n) { edges { node {
				  replies(first: $n) { edges { node { body } } } } } } } } } }
				""";
		var refused = counter.count(() -> graphQl.document(document).variable("n", 100).execute());
		refused.result()
			.errors()
			.expect(error -> "QUERY_TOO_COMPLEX".equals(error.getExtensions().get("code")))
			.verify();
		assertThat(refused.statements()).isEmpty();
		graphQl.document(document).variable("n", 3).execute().errors().verify();
	}

	@ParameterizedTest
	@ValueSource(strings = { "w1-feed", "w2-author", "w3-thread", "w4-search" })
	void shouldLetTheBenchmarkWorkloadsThrough(String workload) throws Exception {
		long post = data.post(data.author("cost"), "Costed", OffsetDateTime.now());
		String document = Files.readString(Path.of("bench/workloads", workload + ".graphql"));
		GraphQlTester.Request<?> request = graphQl.document(document);
		if (document.contains("$id")) {
			request = request.variable("id", workload.startsWith("w2") ? TestData.authorId(1) : TestData.postId(post));
		}
		if (document.contains("$query")) {
			request = request.variable("query", "costed");
		}
		request.execute().errors().verify();
	}

	@Test
	void shouldLetTheFullIntrospectionQueryThrough() {
		graphQl.document(IntrospectionQuery.INTROSPECTION_QUERY)
			.execute()
			.errors()
			.verify()
			.path("__schema.queryType.name")
			.entity(String.class)
			.isEqualTo("Query");
	}

	@Test
	void shouldRefuseTooManyAliasesRootFieldsAndDirectives() {
		StringBuilder aliases = new StringBuilder("{ posts(first: 1) { edges { node { ");
		for (int i = 0; i < 51; i++) {
			aliases.append("t").append(i).append(": title ");
		}
		assertRefused(aliases.append("} } } }").toString());
		StringBuilder roots = new StringBuilder("{ ");
		for (int i = 0; i < 21; i++) {
			roots.append("a").append(i).append(": __typename ");
		}
		assertRefused(roots.append("}").toString());
		assertRefused("{ posts(first: 1) { edges { node { " + "title @include(if: true) ".repeat(51) + "} } } }");
	}

	@Test
	void shouldStopParsingPastTheTokenLimit() {
		String document = "{ " + "a ".repeat(16_000) + "}";
		var counted = counter.count(() -> graphQl.document(document).execute());
		counted.result()
			.errors()
			.expect(error -> "GRAPHQL_PARSE_FAILED".equals(error.getExtensions().get("code")))
			.verify();
		assertThat(counted.statements()).isEmpty();
	}

	@Test
	void shouldNeverSuggestFieldNamesInValidationErrors() {
		graphQl.document("{ postz(first: 1) { totalCount } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).doesNotContainIgnoringCase("did you mean")
					.doesNotContain("\"posts\"")
					.doesNotContain("'posts'")));
	}

	private void assertRefused(String document) {
		var counted = counter.count(() -> graphQl.document(document).execute());
		counted.result()
			.errors()
			.expect(error -> "QUERY_TOO_COMPLEX".equals(error.getExtensions().get("code")))
			.verify();
		assertThat(counted.statements()).isEmpty();
	}

}
