package dev.inkwell.graphql;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.inkwell.support.InkwellIntegrationTest;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema the server serves is schema.graphqls at the repo root: the contract, nothing
 * more or less.
 */
@InkwellIntegrationTest
class SchemaContractIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void shouldServeExactlyTheSchemaOfTheRepository() throws Exception {
		byte[] served = RestClient.create("http://localhost:" + port)
			.get()
			.uri("/graphql/schema")
			.retrieve()
			.body(byte[].class);
		String contract = Files.readString(Path.of("schema.graphqls"));

		assertThat(normalized(new String(served, StandardCharsets.UTF_8))).isEqualTo(normalized(contract));
	}

	/**
	 * Both printed the same way, so only differences of meaning (types, fields,
	 * arguments, docs) count.
	 */
	private static String normalized(String sdl) {
		GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
		return new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeDirectives(false)).print(schema);
	}

}
