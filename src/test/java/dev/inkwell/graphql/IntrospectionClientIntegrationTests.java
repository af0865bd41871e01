package dev.inkwell.graphql;

import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.NodeScript;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Introspection tools' path: graphql-js (in Node) runs the full introspection query,
 * builds a client schema from the answer and prints it; the print equals schema.graphqls
 * printed alike.
 */
@InkwellIntegrationTest
class IntrospectionClientIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void shouldGiveGraphqlJsTheSchemaOfTheRepository() {
		NodeScript.Result result = NodeScript.run(120, "introspection.mjs", "http://127.0.0.1:" + port + "/graphql",
				"../schema.graphqls");

		assertThat(result.exitStatus()).as(result.output()).isZero();
	}

}
