package dev.inkwell.overrides;

import graphql.ExecutionResult;
import dev.inkwell.support.InkwellIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overrides that no other test would miss if Spring's default quietly came back: the
 * HTTP and WebSocket handlers Boot would otherwise build, and the response objects
 * graphql-java would otherwise build as {@code LinkedHashMap}s. The other overrides have
 * guards of their own (docs/architecture.md lists them).
 */
@InkwellIntegrationTest
class OverridesInPlaceIntegrationTests {

	@Autowired
	GraphQlHttpHandler httpHandler;

	@Autowired
	GraphQlWebSocketHandler webSocketHandler;

	@Autowired
	GraphQlSource source;

	@Test
	void shouldServeHttpWithTheEndpointInsteadOfBootsHandler() {
		assertThat(httpHandler).isInstanceOf(GraphQlHttpEndpoint.class);
	}

	@Test
	void shouldServeWebSocketsWithTheHandlerThatDeliversCloseFrames() {
		assertThat(webSocketHandler).isInstanceOf(CloseFrameDeliveringHandler.class);
	}

	@Test
	void shouldBuildTheResponsesObjectsAsResponseMaps() {
		ExecutionResult result = source.graphQl().execute("{ __typename }");

		assertThat(result.<Object>getData()).isInstanceOf(ResponseMap.class);
	}

}
