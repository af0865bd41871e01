package dev.inkwell.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import dev.inkwell.support.InkwellIntegrationTest;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-connection buffers an operator sizes for many WebSockets: the longest message a
 * client may send, and Tomcat's socket buffers.
 */
@InkwellIntegrationTest
@TestPropertySource(properties = { "inkwell.subscriptions.websocket-message-size=2048",
		"inkwell.subscriptions.socket-buffer-size=4096" })
class WebSocketBuffersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext context;

	@Test
	void shouldCloseAConnectionWhoseMessageIsLongerThanTheWebSocketMessageSize() throws Exception {
		assertThat(closeCodeAfterSending(2000)).isNull();
		assertThat(closeCodeAfterSending(3000)).isEqualTo(1009);
	}

	@Test
	void shouldGiveEveryConnectionTheConfiguredSocketBuffers() {
		Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();

		assertThat(String.valueOf(connector.getProperty("socket.appReadBufSize"))).isEqualTo("4096");
		assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize"))).isEqualTo("4096");
	}

	/**
	 * Sends a {@code connection_init} padded to {@code length} characters; the close code
	 * the server answers with, or null when it acknowledges.
	 */
	private Integer closeCodeAfterSending(int length) throws Exception {
		CompletableFuture<Integer> outcome = new CompletableFuture<>();
		WebSocket socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.subprotocols("graphql-transport-ws")
			.buildAsync(URI.create("ws://localhost:" + port + "/graphql"), new WebSocket.Listener() {
				@Override
				public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
					if (data.toString().contains("connection_ack")) {
						outcome.complete(null);
					}
					return null;
				}

				@Override
				public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
					outcome.complete(statusCode);
					return null;
				}
			})
			.get(30, TimeUnit.SECONDS);
		try {
			String prefix = "{\"type\":\"connection_init\",\"payload\":{\"pad\":\"";
			String suffix = "\"}}";
			String pad = "x".repeat(length - prefix.length() - suffix.length());
			socket.sendText(prefix + pad + suffix, true).join();
			return outcome.get(30, TimeUnit.SECONDS);
		}
		finally {
			socket.abort();
		}
	}

}
