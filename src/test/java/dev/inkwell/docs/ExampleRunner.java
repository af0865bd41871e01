package dev.inkwell.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.inkwell.docs.Example.Curl;
import dev.inkwell.docs.Example.Embedded;
import dev.inkwell.docs.Example.Misplaced;
import dev.inkwell.docs.Example.Operation;
import dev.inkwell.docs.ExampleHttp.Response;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs the examples of one file in order and asserts what each answers. A file starts
 * anonymous; once an answer holds a {@code token}, later examples are signed in with it.
 */
final class ExampleRunner {

	private static final String GRAPHQL_RESPONSE = "application/graphql-response+json, application/json;q=0.9";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final ExampleHttp http;

	private final GraphQLSchema schema;

	private String token;

	ExampleRunner(ExampleHttp http, GraphQLSchema schema) {
		this.http = http;
		this.schema = schema;
	}

	void run(Example example) {
		String where = example.file() + ":" + example.line();
		if (example instanceof Operation operation) {
			runOperation(where, operation);
		}
		else if (example instanceof Curl curl) {
			runCurl(where, curl.request());
		}
		else if (example instanceof Embedded embedded) {
			assertValid(where, parse(where, embedded.document()));
		}
		else if (example instanceof Misplaced misplaced) {
			fail(where + ": " + misplaced.problem());
		}
	}

	private void runOperation(String where, Operation operation) {
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
		if (token != null) {
			headers.add("Authorization: Bearer " + token);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", operation.document());
		if (operation.variables() != null) {
			body.put("variables", readJson(where + " (variables)", operation.variables()));
		}
		CurlRequest request = new CurlRequest("POST", "/graphql", headers, json.writeValueAsString(body));
		check(where, http.send(request), subscription, operation.expectedCode());
	}

	private void runCurl(String where, CurlRequest request) {
		if (request.mentionsToken()) {
			assertThat(token).as("%s uses $TOKEN, but no earlier example of its file signed in", where).isNotNull();
			request = request.withToken(token);
		}
		check(where, http.send(request), request.streams(), null);
	}

	private void check(String where, Response answer, boolean stream, String expectedCode) {
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
		boolean quietStream = stream && answer.status() == ExampleHttp.NO_RESPONSE_YET;
		if ((answer.status() != 200 && !quietStream) || !codes.isEmpty()) {
			fail(where + " answered HTTP " + answer.status() + ": " + String.join("\n", answer.bodies()));
		}
		if (!stream) {
			JsonNode data = responses.get(0).path("data");
			assertThat(data.isObject()).as("%s: data in %s", where, answer.bodies()).isTrue();
			// register and login answer a token: the file's later examples run signed in.
			data.findValues("token").stream().filter(JsonNode::isString).forEach(value -> token = value.asString());
		}
	}

	private void assertValid(String where, Document document) {
		List<String> errors = ExampleDocuments.validate(schema, document)
			.stream()
			.map(ValidationError::getMessage)
			.toList();
		assertThat(errors).as("%s: validation against the served schema", where).isEmpty();
	}

	private static Document parse(String where, String text) {
		Document document;
		try {
			document = ExampleDocuments.parse(text);
		}
		catch (InvalidSyntaxException ex) {
			return fail(where + ": not a GraphQL document: " + ex.getMessage());
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

}
