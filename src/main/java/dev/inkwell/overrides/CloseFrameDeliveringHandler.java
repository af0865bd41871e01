package dev.inkwell.overrides;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.websocket.Session;
import org.jspecify.annotations.Nullable;

import dev.inkwell.graphql.WebSocketAdmission;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.WebSocketSessionDecorator;
import org.springframework.web.socket.server.HandshakeHandler;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;

/**
 * Spring for GraphQL's WebSocket handler, with its close frames (4401 Unauthorized, 4400,
 * 4408, 4429) delivered instead of lost. Two things dropped them, and the client saw
 * 1006:
 * <ul>
 * <li>Spring closes a refused connection from the session's own scheduler thread, and
 * that thread was sometimes interrupted while Tomcat waited to write the close frame;
 * Tomcat then closes the TCP connection without it ("interrupted while waiting for a
 * blocking send", Tomcat's debug log). Closes here run on a thread of their own, and the
 * caller waits for them uninterruptibly, so a refused client's next message is still
 * never handled.</li>
 * <li>Tomcat treats every close code but 1000 as abnormal and gives its frame 50 ms to be
 * written; on a busy machine the write completes later and Tomcat drops the connection.
 * It gets seconds.</li>
 * </ul>
 * And its sends do not block: each connection's messages go through a
 * {@link SessionSendQueue} to the container's asynchronous endpoint, and the scheduler
 * Spring gives each connection runs on shared threads ({@link SharedSessionThreads}), so
 * a connection holds no thread of its own and a slow client delays no other (ADR 040).
 */
class CloseFrameDeliveringHandler extends GraphQlWebSocketHandler {

	/**
	 * Tomcat's session user property for the time a close frame other than 1000 may take
	 * to be sent.
	 */
	static final String CLOSE_SEND_TIMEOUT_PROPERTY = "org.apache.tomcat.websocket.ABNORMAL_SESSION_CLOSE_SEND_TIMEOUT";

	/**
	 * Generous: a close frame is a few bytes into a socket buffer; only a stalled machine
	 * takes longer.
	 */
	static final Duration CLOSE_SEND_TIMEOUT = Duration.ofSeconds(5);

	/** The session attribute that holds the connection's {@link SessionSendQueue}. */
	static final String SEND_QUEUE = SessionSendQueue.class.getName();

	/** Messages queued for one connection when no admission says otherwise. */
	static final int DEFAULT_SEND_QUEUE_SIZE = 512;

	private static final ExecutorService closer = Executors.newCachedThreadPool(daemonThreads());

	private final @Nullable WebSocketAdmission admission;

	CloseFrameDeliveringHandler(WebGraphQlHandler graphQlHandler, HttpMessageConverter<Object> converter,
			Duration connectionInitTimeout, @Nullable Duration keepAlive, @Nullable CorsConfiguration cors,
			@Nullable WebSocketAdmission admission) {
		super(graphQlHandler, converter, connectionInitTimeout, keepAlive, cors);
		this.admission = admission;
		SharedSessionThreads.install();
	}

	/**
	 * The handshake Boot asks for, without {@code permessage-deflate}
	 * ({@link UncompressedHandshake}).
	 */
	@Override
	public WebSocketHttpRequestHandler initWebSocketHttpRequestHandler(HandshakeHandler handshakeHandler) {
		return super.initWebSocketHttpRequestHandler(new UncompressedHandshake());
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession session) {
		if (session instanceof NativeWebSocketSession socket && socket.getNativeSession() instanceof Session tomcat) {
			tomcat.getUserProperties().put(CLOSE_SEND_TIMEOUT_PROPERTY, CLOSE_SEND_TIMEOUT.toMillis());
			int capacity = admission != null ? admission.sendQueueSize() : DEFAULT_SEND_QUEUE_SIZE;
			session.getAttributes()
				.put(SEND_QUEUE, new SessionSendQueue(tomcat.getAsyncRemote(), session, closer, capacity));
		}
		WebSocketSession closingOffThread = new ClosingOffThread(session);
		if (admission != null && !admission.open(session.getId())) {
			try {
				closingOffThread
					.close(CloseStatus.SERVICE_OVERLOAD.withReason("Too many connections on this instance"));
			}
			catch (IOException ex) {
				// The client is gone already.
			}
			return;
		}
		super.afterConnectionEstablished(closingOffThread);
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
		if (admission != null) {
			admission.closed(session.getId());
		}
		super.afterConnectionClosed(session, status);
	}

	@Override
	protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
		super.handleTextMessage(new ClosingOffThread(session), message);
	}

	private static CustomizableThreadFactory daemonThreads() {
		CustomizableThreadFactory threads = new CustomizableThreadFactory("graphql-ws-close-");
		threads.setDaemon(true);
		return threads;
	}

	/**
	 * The session as the handler sees it: the same, except that {@code close} runs on a
	 * closer thread.
	 */
	private static final class ClosingOffThread extends WebSocketSessionDecorator {

		ClosingOffThread(WebSocketSession session) {
			super(session);
		}

		/** Queued, never blocking (text messages; anything else is sent as before). */
		@Override
		public void sendMessage(WebSocketMessage<?> message) throws IOException {
			if (message instanceof TextMessage text
					&& getDelegate().getAttributes().get(SEND_QUEUE) instanceof SessionSendQueue queue) {
				queue.send(text.getPayload());
				return;
			}
			super.sendMessage(message);
		}

		@Override
		public void close(CloseStatus status) throws IOException {
			FutureTask<Void> close = new FutureTask<>(() -> {
				getDelegate().close(status);
				return null;
			});
			closer.execute(close);
			boolean interrupted = false;
			try {
				while (true) {
					try {
						close.get(CLOSE_SEND_TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS);
						return;
					}
					catch (InterruptedException ex) {
						interrupted = true;
					}
					catch (TimeoutException ex) {
						return;
					}
					catch (ExecutionException ex) {
						throw (ex.getCause() instanceof IOException io) ? io : new IOException(ex.getCause());
					}
				}
			}
			finally {
				if (interrupted) {
					Thread.currentThread().interrupt();
				}
			}
		}

	}

}
