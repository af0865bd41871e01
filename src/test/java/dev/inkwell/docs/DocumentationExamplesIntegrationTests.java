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
import dev.inkwell.docs.Example.Operation;
import dev.inkwell.docs.ExampleHttp.Response;
import dev.inkwell.support.FreshDatabases;
import dev.inkwell.support.InkwellIntegrationTest;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GraphQL example of the documentation runs against one server on a fresh database
 * with the demo data, over real HTTP; each is a test named after its file, line and
 * operation ({@code README.md:34 query posts}). The convention the pages follow:
 * <ul>
 * <li>Files: {@code README.md}, then {@code CONTRIBUTING.md} and every {@code .md} under
 * {@code docs/} except {@code docs/adr/}, by path; within a file, top to bottom.</li>
 * <li>A {@code ```graphql} block holds one executable document and must answer
 * {@code data} without {@code errors} (HTTP 200). SDL goes in {@code ```graphqls}, which
 * is not run. A block of fragments alone is validated against the schema.</li>
 * <li>{@code ```graphql expect=CODE}: the answer must carry an error with that
 * {@code extensions.code} (any HTTP status).</li>
 * <li>A {@code ```json variables} block right after a {@code ```graphql} block (only
 * prose between) holds its variables.</li>
 * <li>A file starts anonymous. Once an answer holds a {@code token} at any depth, later
 * {@code ```graphql} examples of the file send it as {@code Authorization: Bearer}, and
 * curl commands get it for {@code $TOKEN} / {@code ${TOKEN}}.</li>
 * <li>curl commands in {@code sh}/{@code bash} blocks that send a GraphQL request to
 * {@code /graphql} (a JSON body, or {@code query=} in the URL) are sent as curl would
 * send them, their headers kept; {@code # ...} lines after them are not asserted.</li>
 * <li>Subscriptions (a {@code ```graphql} block, or curl with
 * {@code accept: text/event-stream}) go over SSE and must answer no error within about a
 * second; then the stream is closed.</li>
 * <li>GraphQL in a {@code query:} or {@code gql} template literal of a
 * {@code js}/{@code ts} block, when it interpolates nothing, is validated against the
 * served schema.</li>
 * </ul>
 */
@InkwellIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentationExamplesIntegrationTests {

	/** Fewer than this means the extraction broke, not that the docs got shorter. */
	private static final int AT_LEAST = 10;

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
		Response served = http.send(new CurlRequest("GET", "/graphql/schema", List.of(), null));
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
			ExampleRunner runner = new ExampleRunner(http, schema);
			return DynamicContainer.dynamicContainer(file.getKey(),
					file.getValue()
						.stream()
						.map(example -> DynamicTest.dynamicTest(name(example), () -> runner.run(example))));
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

}
