package dev.inkwell.overrides;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import org.junit.jupiter.api.Test;

import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One connection's send queue against an endpoint that completes each send when the test
 * says so, as a client reading at its own pace would.
 */
class SessionSendQueueTests {

	final List<String> written = new ArrayList<>();

	final List<SendHandler> pending = new ArrayList<>();

	final AtomicReference<CloseStatus> closed = new AtomicReference<>();

	@Test
	void shouldSendOneMessageAtATimeInOrderWithoutWaiting() {
		SessionSendQueue queue = new SessionSendQueue(remote(), session(), Runnable::run, 4);

		queue.send("a");
		queue.send("b");
		queue.send("c");
		assertThat(written).containsExactly("a");
		complete();
		complete();

		assertThat(written).containsExactly("a", "b", "c");
		assertThat(queue.queued()).isZero();
		assertThat(closed.get()).isNull();
	}

	@Test
	void shouldCloseWith4499AndDropTheQueueWhenTheClientFallsTooFarBehind() {
		SessionSendQueue queue = new SessionSendQueue(remote(), session(), Runnable::run, 2);

		for (int i = 0; i < 4; i++) {
			queue.send("m" + i);
		}

		assertThat(closed.get()).isEqualTo(SessionSendQueue.SLOW_CONSUMER);
		assertThat(closed.get().getCode()).isEqualTo(4499);
		assertThat(queue.dropped()).isTrue();
		complete();
		queue.send("later");
		assertThat(written).containsExactly("m0");
	}

	private void complete() {
		pending.remove(0).onResult(new SendResult());
	}

	private RemoteEndpoint.Async remote() {
		return (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { RemoteEndpoint.Async.class }, (proxy, method, args) -> {
					if (method.getName().equals("sendText") && args.length == 2) {
						written.add((String) args[0]);
						pending.add((SendHandler) args[1]);
						return null;
					}
					throw new UnsupportedOperationException(method.getName());
				});
	}

	private WebSocketSession session() {
		return (WebSocketSession) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { WebSocketSession.class }, (proxy, method, args) -> switch (method.getName()) {
					case "isOpen" -> closed.get() == null;
					case "close" -> {
						closed.set((CloseStatus) args[0]);
						yield null;
					}
					default -> throw new UnsupportedOperationException(method.getName());
				});
	}

}
