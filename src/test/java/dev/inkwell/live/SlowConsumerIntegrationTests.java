package dev.inkwell.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;

import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static dev.inkwell.support.TestData.postId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that stops reading holds up nobody: its messages queue for its connection
 * alone, which is closed once more than {@code send-queue-size} wait (ADR 040).
 * <p>
 * The limit applies to every connection, the reading client's too, and the server writes
 * a burst of events faster than a client may read it on a busy machine (a warm JVM in the
 * full build: the reader fell 8 messages behind and was closed with 4499). So the limit
 * is above everything the reader is ever sent, and the stalled client is sent several
 * times more than the limit and its socket's buffers hold: the reader can never be
 * closed, the stalled client always is, however fast either side runs.
 */
@InkwellIntegrationTest
@TestPropertySource(
		properties = "inkwell.subscriptions.send-queue-size=" + SlowConsumerIntegrationTests.SEND_QUEUE_SIZE)
class SlowConsumerIntegrationTests {

	/** Comments written in one burst: the reader's messages. */
	static final int COMMENTS = 200;

	/** More than the reader is sent (its comments, the ack, a keep-alive ping). */
	static final int SEND_QUEUE_SIZE = 250;

	/**
	 * The stalled client's subscriptions: 800 messages of 20 KB (16 MB), more than its
	 * queue (5 MB) and the largest send buffer Linux gives a socket by default (4 MB)
	 * together.
	 */
	static final int STALLED_SUBSCRIPTIONS = 4;

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	EventHub hub;

	@Test
	void shouldDeliverToOthersAtOnceWhileAClientThatStoppedReadingIsClosed() throws Exception {
		long author = data.author("slow_consumer");
		long post = data.post(author, "Large comments", OffsetDateTime.now());
		Subscriber.Interest interest = new Subscriber.Interest(Event.Topic.COMMENT, post);
		String subscription = "subscription($postId: ID!) { commentEvents(postId: $postId) { kind comment { body } } }";
		try (Socket stalled = stalledClient(subscription, postId(post));
				LiveClient reading = LiveClient.socket(port, null)) {
			reading.subscribe("1", subscription, Map.of("postId", postId(post)));
			LiveTestSupport.awaitSubscribers(hub, interest, STALLED_SUBSCRIPTIONS + 1);

			// Comments of 20,000 characters, written at once.
			for (int batch = 0; batch < COMMENTS / 50; batch++) {
				data.jdbc()
					.update("insert into comment (post_id, author_id, body) "
							+ "select ?, ?, repeat('x', 19990) || g from generate_series(1, 50) g", post, author);
			}
			long started = System.nanoTime();
			assertThat(reading.next(COMMENTS))
				.allSatisfy(message -> assertThat(message.path("type").asString()).isEqualTo("next"));
			long millis = (System.nanoTime() - started) / 1_000_000;

			assertThat(millis).as("the reading client's wait").isLessThan(LiveClient.WAIT.toMillis());
			// The stalled connection is closed: its subscriptions end, the reader's
			// stays.
			long deadline = System.nanoTime() + LiveClient.WAIT.toNanos();
			while (hub.size(interest) > 1 && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			assertThat(hub.size(interest)).isEqualTo(1);
		}
	}

	/**
	 * A graphql-ws client on a plain socket with a small receive buffer, which subscribes
	 * {@link #STALLED_SUBSCRIPTIONS} times and then reads nothing more.
	 */
	private Socket stalledClient(String subscription, String postId) throws IOException {
		Socket socket = new Socket();
		socket.setReceiveBufferSize(4096);
		socket.connect(new InetSocketAddress("localhost", port), 10_000);
		socket.setSoTimeout(30_000);
		OutputStream out = socket.getOutputStream();
		out.write(("GET /graphql HTTP/1.1\r\nHost: localhost:" + port + "\r\nUpgrade: websocket\r\n"
				+ "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
				+ "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		InputStream in = socket.getInputStream();
		String handshake = readUntil(in, "\r\n\r\n");
		assertThat(handshake).startsWith("HTTP/1.1 101");
		frame(out, "{\"type\":\"connection_init\",\"payload\":{}}");
		assertThat(readUntil(in, "connection_ack")).endsWith("connection_ack");
		for (int id = 1; id <= STALLED_SUBSCRIPTIONS; id++) {
			frame(out, "{\"id\":\"" + id + "\",\"type\":\"subscribe\",\"payload\":{\"query\":\""
					+ subscription.replace("\"", "\\\"") + "\",\"variables\":{\"postId\":\"" + postId + "\"}}}");
		}
		return socket;
	}

	/** A masked text frame, as a client must send it (payloads here are short). */
	private static void frame(OutputStream out, String text) throws IOException {
		byte[] payload = text.getBytes(StandardCharsets.UTF_8);
		byte[] mask = { 1, 2, 3, 4 };
		out.write(0x81);
		if (payload.length < 126) {
			out.write(0x80 | payload.length);
		}
		else {
			out.write(0x80 | 126);
			out.write(payload.length >> 8);
			out.write(payload.length & 0xff);
		}
		out.write(mask);
		for (int i = 0; i < payload.length; i++) {
			out.write(payload[i] ^ mask[i % 4]);
		}
		out.flush();
	}

	private static String readUntil(InputStream in, String end) throws IOException {
		StringBuilder read = new StringBuilder();
		while (!read.toString().endsWith(end)) {
			int next = in.read();
			if (next < 0) {
				break;
			}
			read.append((char) next);
		}
		return read.toString();
	}

}
