package dev.inkwell.overrides;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;

import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/**
 * One WebSocket's outgoing messages: sent through the container's asynchronous endpoint,
 * one at a time, the rest queued. No thread waits on a slow client: a send returns at
 * once, and the next message goes out when the container reports the last one written. A
 * client that lets more than {@code capacity} messages pile up is closed with
 * {@link #SLOW_CONSUMER} (4499) and its queue dropped, so memory per connection stays
 * bounded and the others never wait for it.
 */
final class SessionSendQueue implements SendHandler {

	/**
	 * The close status of a connection whose client read slower than its messages came; a
	 * graphql-ws client retries it (not one of the codes it treats as fatal) and may
	 * resume with {@code after:}.
	 */
	static final CloseStatus SLOW_CONSUMER = new CloseStatus(4499, "Slow consumer");

	private final RemoteEndpoint.Async remote;

	private final WebSocketSession session;

	private final Executor closer;

	private final int capacity;

	private final ArrayDeque<String> queued = new ArrayDeque<>();

	private boolean sending;

	private boolean dropped;

	SessionSendQueue(RemoteEndpoint.Async remote, WebSocketSession session, Executor closer, int capacity) {
		this.remote = remote;
		this.session = session;
		this.closer = closer;
		this.capacity = capacity;
	}

	/** Sends {@code text} now or after the messages before it; never blocks. */
	void send(String text) {
		synchronized (this) {
			if (dropped) {
				return;
			}
			if (sending) {
				if (queued.size() >= capacity) {
					dropped = true;
					queued.clear();
					closer.execute(() -> closeQuietly(SLOW_CONSUMER));
				}
				else {
					queued.add(text);
				}
				return;
			}
			sending = true;
		}
		write(text);
	}

	/** Whether the connection was closed for reading too slowly. */
	synchronized boolean dropped() {
		return dropped;
	}

	synchronized int queued() {
		return queued.size();
	}

	@Override
	public void onResult(SendResult result) {
		if (!result.isOK()) {
			synchronized (this) {
				dropped = true;
				queued.clear();
			}
			closer.execute(() -> closeQuietly(CloseStatus.SERVER_ERROR));
			return;
		}
		String next;
		synchronized (this) {
			next = dropped ? null : queued.poll();
			if (next == null) {
				sending = false;
				return;
			}
		}
		write(next);
	}

	private void write(String text) {
		try {
			remote.sendText(text, this);
		}
		catch (RuntimeException ex) {
			// The connection is closing (or closed) under us: nothing more goes out.
			synchronized (this) {
				dropped = true;
				queued.clear();
				sending = false;
			}
		}
	}

	private void closeQuietly(CloseStatus status) {
		try {
			if (session.isOpen()) {
				session.close(status);
			}
		}
		catch (Exception ex) {
			// The client is gone already.
		}
	}

}
