package dev.inkwell.overrides;

import java.security.Principal;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeFailureException;
import org.springframework.web.socket.server.RequestUpgradeStrategy;
import org.springframework.web.socket.server.standard.StandardWebSocketUpgradeStrategy;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

/**
 * Spring's handshake, with the client's offer of WebSocket extensions left unread: a
 * client that offers {@code permessage-deflate} (every browser does) gets plain frames.
 * Tomcat would accept it and keep a zlib deflater and inflater for each connection's
 * life: 1,000 such connections held idle took 236 MB of resident memory against 121 MB
 * for 1,000 plain ones (ADR 042). Events are a few hundred bytes of JSON, and a group's
 * bytes are written once for all its members, which compression per connection would
 * undo.
 * <p>
 * Filtering the extensions Spring selects is not enough: Tomcat reads an empty selection
 * as "negotiate what the container has installed" and reads the offer from the request
 * itself, so the request Tomcat's upgrade is given hides its
 * {@code Sec-WebSocket-Extensions} header.
 */
final class UncompressedHandshake extends DefaultHandshakeHandler {

	static final String EXTENSIONS_HEADER = "Sec-WebSocket-Extensions";

	UncompressedHandshake() {
		super(new OfferingNothing(new StandardWebSocketUpgradeStrategy()));
	}

	@Override
	protected List<WebSocketExtension> filterRequestedExtensions(ServerHttpRequest request,
			List<WebSocketExtension> requested, List<WebSocketExtension> supported) {
		return List.of();
	}

	/**
	 * The standard (Jakarta WebSocket) upgrade, given the request without its extension
	 * offer.
	 */
	private record OfferingNothing(RequestUpgradeStrategy tomcat) implements RequestUpgradeStrategy {

		@Override
		public String[] getSupportedVersions() {
			return this.tomcat.getSupportedVersions();
		}

		@Override
		public List<WebSocketExtension> getSupportedExtensions(ServerHttpRequest request) {
			return List.of();
		}

		@Override
		public void upgrade(ServerHttpRequest request, ServerHttpResponse response, @Nullable String protocol,
				List<WebSocketExtension> extensions, @Nullable Principal user, WebSocketHandler handler,
				Map<String, Object> attributes) throws HandshakeFailureException {
			ServerHttpRequest withoutOffer = (request instanceof ServletServerHttpRequest servlet)
					? new ServletServerHttpRequest(new WithoutExtensionOffers(servlet.getServletRequest())) : request;
			this.tomcat.upgrade(withoutOffer, response, protocol, extensions, user, handler, attributes);
		}

	}

	/** The upgrade request without its {@code Sec-WebSocket-Extensions} header. */
	private static final class WithoutExtensionOffers extends HttpServletRequestWrapper {

		WithoutExtensionOffers(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getHeader(String name) {
			return EXTENSIONS_HEADER.equalsIgnoreCase(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return EXTENSIONS_HEADER.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			return Collections.enumeration(Collections.list(super.getHeaderNames())
				.stream()
				.filter(name -> !EXTENSIONS_HEADER.equalsIgnoreCase(name))
				.toList());
		}

	}

}
