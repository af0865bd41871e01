package dev.inkwell.docs;

import java.util.List;

import dev.inkwell.docs.Example.Curl;
import dev.inkwell.docs.Example.Embedded;
import dev.inkwell.docs.Example.Misplaced;
import dev.inkwell.docs.Example.Operation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples found in Markdown: which blocks count, where they start, and what a curl
 * command sends.
 */
class MarkdownExamplesTests {

	@Test
	void shouldFindGraphQlBlocksWithTheirLineAndExpectedCodeButNotSdl() {
		String markdown = """
				# Title

				```graphql
				{ posts { totalCount } }
				```

				```graphql expect=QUERY_TOO_COMPLEX
				{ a: posts { totalCount } }
				```

				```graphqls
				extend type Query { hello: String }
				```

				```
				{ notAnExample }
				```
				""";

		assertThat(MarkdownExamples.read("guide.md", markdown)).containsExactly(
				new Operation("guide.md", 3, "{ posts { totalCount } }\n", null, null),
				new Operation("guide.md", 7, "{ a: posts { totalCount } }\n", null, "QUERY_TOO_COMPLEX"));
	}

	@Test
	void shouldGiveAVariablesBlockToTheOperationRightBeforeIt() {
		String markdown = """
				```graphql
				query Post($id: ID!) { node(id: $id) { id } }
				```
				with, as variables:
				```json variables
				{ "id": "UG9zdDox" }
				```
				```sh
				echo hello
				```
				```json variables
				{ "id": "UG9zdDoy" }
				```
				""";

		assertThat(MarkdownExamples.read("a.md", markdown)).containsExactly(
				new Operation("a.md", 1, "query Post($id: ID!) { node(id: $id) { id } }\n",
						"{ \"id\": \"UG9zdDox\" }\n", null),
				new Misplaced("a.md", 11, "a ```json variables block must come right after a ```graphql block"));
	}

	@Test
	void shouldFindBlocksInListItemsAndNotBlocksShownInsideLongerFences() {
		String markdown = """
				- Trusted documents:

				  ```graphql
				  { viewer { id } }
				  ```

				````markdown
				```graphql
				{ shownNotRun }
				```
				````
				""";

		assertThat(MarkdownExamples.read("a.md", markdown))
			.containsExactly(new Operation("a.md", 3, "{ viewer { id } }\n", null, null));
	}

	@Test
	void shouldReadAMultiLineCurlCommandAsCurlWouldSendIt() {
		String markdown = """
				```sh
				curl -s localhost:8080/graphql -H 'content-type: application/json' \\
				  -H "Authorization: Bearer $TOKEN" -d '{"query":
				  "{ viewer { username } }"}' | jq .data
				# {"data":{"viewer":{"username":"ada"}}}
				TOKEN=eyJ…   # the token from the answer
				curl -s localhost:8184/actuator/health
				curl -N localhost:8080/graphql -H 'accept: text/event-stream' --json '{"query":"subscription { postEvents { kind } }"}'
				```
				""";

		List<Example> examples = MarkdownExamples.read("a.md", markdown);

		assertThat(examples).containsExactly(
				new Curl("a.md", 2,
						new CurlRequest("POST", "/graphql",
								List.of("content-type: application/json", "Authorization: Bearer $TOKEN",
										"Accept: */*"),
								"{\"query\":\n  \"{ viewer { username } }\"}")),
				new Curl("a.md", 8,
						new CurlRequest("POST", "/graphql",
								List.of("accept: text/event-stream", "Content-Type: application/json"),
								"{\"query\":\"subscription { postEvents { kind } }\"}")));
		assertThat(((Curl) examples.get(1)).request().streams()).isTrue();
	}

	@Test
	void shouldSendAQueryInTheUrlAsAGetAndLeaveOutRequestsWithoutOne() {
		String markdown = """
				```bash
				curl 'http://localhost:8080/graphql?query=%7B__typename%7D'
				curl -G localhost:8080/graphql --data-urlencode 'query={ posts(first: 1) { totalCount } }'
				curl -i -X OPTIONS localhost:8080/graphql -H 'Origin: http://localhost:5173'
				```
				""";

		assertThat(MarkdownExamples.read("a.md", markdown)).containsExactly(
				new Curl("a.md", 2,
						new CurlRequest("GET", "/graphql?query=%7B__typename%7D", List.of("Accept: */*"), null)),
				new Curl("a.md", 3,
						new CurlRequest("GET",
								"/graphql?query=%7B%20posts%28first%3A%201%29%20%7B%20totalCount%20%7D%20%7D",
								List.of("Accept: */*"), null)));
	}

	@Test
	void shouldReplaceTheTokenVariableInEveryPartOfARequest() {
		CurlRequest request = new CurlRequest("POST", "/graphql?t=${TOKEN}", List.of("Authorization: Bearer $TOKEN"),
				"{\"token\":\"$TOKEN\"}");

		assertThat(request.mentionsToken()).isTrue();
		assertThat(request.withToken("abc.def")).isEqualTo(new CurlRequest("POST", "/graphql?t=abc.def",
				List.of("Authorization: Bearer abc.def"), "{\"token\":\"abc.def\"}"));
	}

	@Test
	void shouldTakeGraphQlFromTemplateLiteralsThatInterpolateNothing() {
		String markdown = """
				```js
				const client = createClient({ url: 'ws://localhost:8080/graphql' });
				client.subscribe({ query: `subscription {
				    postEvents { kind } }`, variables: {} });
				const FEED = gql`
				  query Feed { feed(first: 5) { edges { node { title } } } }
				`;
				const PAGE = gql`query Page { ...Fields } ${FIELDS}`;
				```
				""";

		assertThat(MarkdownExamples.read("front.md", markdown)).containsExactly(
				new Embedded("front.md", 3, "subscription {\n    postEvents { kind } }"),
				new Embedded("front.md", 5, "\n  query Feed { feed(first: 5) { edges { node { title } } } }\n"));
	}

}
