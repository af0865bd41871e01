package dev.inkwell.docs;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.SDLDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import graphql.validation.rules.NoUnusedFragments;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL documents of the examples, read with graphql-java: what they hold (executable
 * or SDL, which operation) and whether they are valid against the served schema.
 */
final class ExampleDocuments {

	private static final JsonMapper json = JsonMapper.builder().build();

	private ExampleDocuments() {
	}

	/** Parses a document; a syntax error is thrown with its location. */
	static Document parse(String text) {
		return Parser.parse(text);
	}

	static boolean holdsTypeDefinitions(Document document) {
		return document.getDefinitions().stream().anyMatch(SDLDefinition.class::isInstance);
	}

	static List<OperationDefinition> operations(Document document) {
		return document.getDefinitionsOfType(OperationDefinition.class);
	}

	/** "query posts", "mutation register", "fragments": a name for a test. */
	static String describe(String text) {
		try {
			List<OperationDefinition> operations = operations(parse(text));
			if (operations.isEmpty()) {
				return "fragments";
			}
			OperationDefinition operation = operations.get(0);
			String name = (operation.getName() != null) ? operation.getName()
					: operation.getSelectionSet()
						.getSelectionsOfType(Field.class)
						.stream()
						.map(Field::getName)
						.findFirst()
						.orElse("");
			return (operation.getOperation().name().toLowerCase(Locale.ROOT) + " " + name).trim();
		}
		catch (RuntimeException ex) {
			return "unparsable document";
		}
	}

	/**
	 * The GraphQL document a curl request carries (JSON body or {@code ?query=}), or
	 * null.
	 */
	static String documentOf(CurlRequest request) {
		try {
			if (request.body() != null) {
				Object query = json.readValue(request.body(), Map.class).get("query");
				return (query instanceof String text) ? text : null;
			}
			int question = request.target().indexOf('?');
			return Arrays.stream(request.target().substring(question + 1).split("&"))
				.filter(parameter -> question >= 0 && parameter.startsWith("query="))
				.map(parameter -> URLDecoder.decode(parameter.substring("query=".length()), StandardCharsets.UTF_8))
				.findFirst()
				.orElse(null);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	static GraphQLSchema schema(String sdl) {
		return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
	}

	/**
	 * The validation errors of a document; fragments shown on their own (no operation)
	 * are not counted as unused.
	 */
	static List<ValidationError> validate(GraphQLSchema schema, Document document) {
		boolean fragmentsOnly = operations(document).isEmpty();
		return new Validator().validateDocument(schema, document,
				rule -> !(fragmentsOnly && rule == NoUnusedFragments.class), Locale.ENGLISH);
	}

}
