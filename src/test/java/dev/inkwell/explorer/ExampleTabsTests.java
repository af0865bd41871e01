package dev.inkwell.explorer;

import dev.inkwell.support.NodeScript;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example tabs of GraphiQL (graphiql/src/examples.js) validate against
 * schema.graphqls with graphql-js.
 */
class ExampleTabsTests {

	@Test
	void shouldOpenGraphiqlWithValidExampleOperations() {
		NodeScript.Result result = NodeScript.run(60, "examples.mjs", "../schema.graphqls");

		assertThat(result.exitStatus()).as(result.output()).isZero();
		assertThat(result.output()).contains("ok: ");
	}

}
