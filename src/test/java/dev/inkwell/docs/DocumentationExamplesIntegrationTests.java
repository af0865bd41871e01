package dev.inkwell.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.inkwell.InkwellApplication;
import dev.inkwell.docs.Example.Curl;
import dev.inkwell.docs.Example.Embedded;
import dev.inkwell.docs.Example.Misplaced;
import dev.inkwell.docs.Example.Operation;
import dev.inkwell.docs.ExampleHttp.Answer;
import dev.inkwell.support.FreshDatabases;
import dev.inkwell.support.InkwellIntegrationTest;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every GraphQL example of the documentation runs against one server on a fresh database
 * with the demo data, over real HTTP; each is a test named after its file, line and
 * operation ({@code README.md:34 query posts}).
 * <p>
 * The convention the pages follow: files are {@code README.md}, then
 * {@code CONTRIBUTING.md} and {@code docs/**}{@code /*.md} except {@code docs/adr/},
 * sorted by path; within a file, top to bottom. A {@code ```graphql} block holds one
 * executable document (SDL goes in {@code ```graphqls}, not run) and must answer
 * {@code data} without {@code errors}, or the error code of its info string
 * ({@code ```graphql
 * expect=QUERY_TOO_COMPLEX}); a block of fragments alone is validated against the schema.
 * A {@code ```json variables} block right after it holds its variables. Once a response
 * of a file holds a {@code token} at any depth, later {@code ```graphql} examples of that
 * file send it as {@code Authorization: Bearer}, and curl commands get it for
 * {@code $TOKEN}; each file starts anonymous. curl commands to {@code /graphql} in shell
 * blocks are sent as curl would send them ({@code # ...} output lines are not asserted).
 * Subscriptions go over SSE and must answer no error within a second. GraphQL in a
 * {@code query:} or {@code gql} template literal of a JavaScript block (without
 * {@code ${}) is validated against the served schema, not run.
 */
@InkwellIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentationExamplesIntegrationTests {

	/** Fewer than this means the extraction broke, not that the docs got shorter. */
	private static final int AT_LEAST = 10;

	private static final String GRAPHQL_RESPONSE = "application/graphql-response+json, application/json;q=0.9";

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	FreshDatabases databases;

	private ConfigurableApplicationContext server;

	private ExampleHttp http;

	private GraphQLSchema schema;

	@BeforeAll
	void startServerWithDemoData() {
		String url = databases.asDatabaseUrl(databases.create("docs"));
		server = new SpringApplicationBuilder(InkwellApplication.class).run("--DATABASE_URL=" + url, "--server.port=0",
				"--spring.profiles.active=demo");
		http = new ExampleHttp(server.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
		Answer served = http.send(new CurlRequest("GET", "/graphql/schema", List.of(), null));
		schema = ExampleDocuments.schema(served.bodies().get(0));
	}

	@AfterAll
	void stopServer() {
		if (server != null) {
			server.close();
		}
	}

	@TestFactory
	Stream<DynamicContainer> shouldAnswerEveryExampleOfTheDocumentation() throws IOException {
		Map<String, List<Example>> examples = new LinkedHashMap<>();
		for (String file : documentationFiles()) {
			examples.put(file, MarkdownExamples.read(file, Files.readString(Path.of(file))));
		}
		assertThat(examples.values().stream().mapToInt(List::size).sum()).as("examples found in %s", examples.keySet())
			.isGreaterThanOrEqualTo(AT_LEAST);
		return examples.entrySet().stream().filter(file -> !file.getValue().isEmpty()).map(file -> {
			SignIn signIn = new SignIn();
			return DynamicContainer.dynamicContainer(file.getKey(),
					file.getValue()
						.stream()
						.map(example -> DynamicTest.dynamicTest(name(example), () -> run(example, signIn))));
		});
	}

	/** README.md first, then CONTRIBUTING.md and docs/ (without the ADRs) by path. */
	static List<String> documentationFiles() throws IOException {
		List<String> others = new ArrayList<>();
		if (Files.exists(Path.of("CONTRIBUTING.md"))) {
			others.add("CONTRIBUTING.md");
		}
		try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
			docs.map(path -> path.toString().replace('\\', '/'))
				.filter(path -> path.endsWith(".md") && !path.startsWith("docs/adr/"))
				.forEach(others::add);
		}
		others.sort(Comparator.naturalOrder());
		List<String> files = new ArrayList<>(List.of("README.md"));
		files.addAll(others);
		return files;
	}

	private static String name(Example example) {
		String where = example.file() + ":" + example.line() + " ";
		if (example instanceof Operation operation) {
			return where + ExampleDocuments.describe(operation.document())
					+ ((operation.expectedCode() != null) ? " expect=" + operation.expectedCode() : "");
		}
		if (example instanceof Curl curl) {
			String document = ExampleDocuments.documentOf(curl.request());
			return where + "curl "
					+ ((document != null) ? ExampleDocuments.describe(document) : curl.request().method());
		}
		if (example instanceof Embedded embedded) {
			return where + "js " + ExampleDocuments.describe(embedded.document()) + " (validated)";
		}
		return where + "json variables";
	}

	private void run(Example example, SignIn signIn) {
		String where = example.file() + ":" + example.line();
		if (example instanceof Operation operation) {
			runOperation(where, operation, signIn);
		}
		else if (example instanceof Curl curl) {
			runCurl(where, curl.request(), signIn);
		}
		else if (example instanceof Embedded embedded) {
			assertValid(where, parse(where, embedded.document()));
		}
		else if (example instanceof Misplaced misplaced) {
			fail(where + ": " + misplaced.problem());
		}
	}

	private void runOperation(String where, Operation operation, SignIn signIn) {
		Document document = parse(where, operation.document());
		List<OperationDefinition> operations = ExampleDocuments.operations(document);
		if (operations.isEmpty()) {
			assertValid(where, document);
			return;
		}
		assertThat(operations).as("%s: operations in one ```graphql block", where).hasSize(1);
		boolean subscription = operations.get(0).getOperation() == OperationDefinition.Operation.SUBSCRIPTION;
		List<String> headers = new ArrayList<>(List.of("Content-Type: application/json",
				"Accept: " + (subscription ? "text/event-stream" : GRAPHQL_RESPONSE)));
		if (signIn.token != null) {
			headers.add("Authorization: Bearer " + signIn.token);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", operation.document());
		if (operation.variables() != null) {
			body.put("variables", readJson(where + " (variables)", operation.variables()));
		}
		CurlRequest request = new CurlRequest("POST", "/graphql", headers, json.writeValueAsString(body));
		check(where, http.send(request), subscription, operation.expectedCode(), signIn);
	}

	private void runCurl(String where, CurlRequest request, SignIn signIn) {
		if (request.mentionsToken()) {
			assertThat(signIn.token).as("%s uses $TOKEN, but no earlier example of its file signed in", where)
				.isNotNull();
			request = request.withToken(signIn.token);
		}
		check(where, http.send(request), request.streams(), null, signIn);
	}

	private void check(String where, Answer answer, boolean stream, String expectedCode, SignIn signIn) {
		List<JsonNode> responses = answer.bodies()
			.stream()
			.map(body -> readJson(where + " answered HTTP " + answer.status() + " with", body))
			.toList();
		List<String> codes = responses.stream()
			.flatMap(response -> response.path("errors").valueStream())
			.map(error -> error.path("extensions").path("code").asString(""))
			.toList();
		if (expectedCode != null) {
			assertThat(codes).as("%s: error codes of %s", where, answer.bodies()).contains(expectedCode);
			return;
		}
		boolean quietStream = stream && answer.status() == ExampleHttp.NO_ANSWER_YET;
		if ((answer.status() != 200 && !quietStream) || !codes.isEmpty()) {
			fail(where + " answered HTTP " + answer.status() + ": " + String.join("\n", answer.bodies()));
		}
		if (!stream) {
			JsonNode data = responses.get(0).path("data");
			assertThat(data.isObject()).as("%s: data in %s", where, answer.bodies()).isTrue();
			data.findValues("token")
				.stream()
				.filter(JsonNode::isString)
				.forEach(token -> signIn.token = token.asString());
		}
	}

	private void assertValid(String where, Document document) {
		List<ValidationError> errors = ExampleDocuments.validate(schema, document);
		assertThat(errors).as("%s: validation against the served schema", where).isEmpty();
	}

	private static Document parse(String where, String text) {
		Document document = null;
		try {
			document = ExampleDocuments.parse(text);
		}
		catch (InvalidSyntaxException ex) {
			fail(where + ": not a GraphQL document: " + ex.getMessage());
		}
		assertThat(ExampleDocuments.holdsTypeDefinitions(document))
			.as("%s holds type definitions: SDL goes in a ```graphqls block, which is not run", where)
			.isFalse();
		return document;
	}

	private static JsonNode readJson(String what, String text) {
		try {
			return json.readTree(text);
		}
		catch (RuntimeException ex) {
			return fail(what + " text that is not JSON: " + text);
		}
	}

	/** The token a file's examples signed in with so far (each file starts anonymous). */
	private static final class SignIn {

		private String token;

	}

}
