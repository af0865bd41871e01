package dev.inkwell.overrides;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries collect each selection's fields once per execution (QueryExecution), and every
 * object still gets exactly the fields its own place in the document asks for.
 */
@InkwellIntegrationTest
class QueryExecutionIntegrationTests {

	private static final OffsetDateTime NOON = OffsetDateTime.of(2190, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);

	@Autowired
	GraphQlSource source;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	TestData data;

	@Test
	void shouldRunQueriesWithTheStrategyThatCollectsOnce() {
		assertThat(source.graphQl().getQueryStrategy()).isInstanceOf(QueryExecution.FieldsCollectedOnce.class);
	}

	/**
	 * The same fragment under two fields of one type, one of which adds a sibling field:
	 * a cache keyed by less than the field and the type would answer both alike.
	 */
	@Test
	void shouldGiveEachPlaceOfAFragmentItsOwnSiblingFields() {
		long author = data.author("fragments");
		String post = TestData.postId(data.post(author, "Fragments", NOON));

		var response = graphQl.document("""
				query Places($id: ID!) {
				  withId: post(id: $id) { ...Written author { id } }
				  without: post(id: $id) { ...Written }
				}
				fragment Written on Post { author { username } }
				""").variable("id", post).execute().errors().verify();

		response.path("withId.author")
			.entity(Map.class)
			.isEqualTo(Map.of("username", data.username(author), "id", TestData.authorId(author)));
		response.path("without.author").entity(Map.class).isEqualTo(Map.of("username", data.username(author)));
	}

	@Test
	void shouldApplyTheVariablesOfEachExecutionToItsDirectives() {
		long author = data.author("directives");
		String post = TestData.postId(data.post(author, "Directives", NOON.plusMinutes(1)));
		String document = """
				query Maybe($id: ID!, $withTitle: Boolean!) {
				  post(id: $id) { id title @include(if: $withTitle) }
				}
				""";

		graphQl.document(document)
			.variable("id", post)
			.variable("withTitle", true)
			.execute()
			.path("post.title")
			.entity(String.class)
			.isEqualTo("Directives");
		graphQl.document(document)
			.variable("id", post)
			.variable("withTitle", false)
			.execute()
			.path("post.id")
			.entity(String.class)
			.isEqualTo(post)
			.path("post.title")
			.pathDoesNotExist();
	}

}
