package dev.inkwell.overrides;

import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Leaves WebSocket upgrade requests out of Spring's HTTP server observation
 * ({@code http.server.requests}). Spring for GraphQL captures the thread's context when
 * it upgrades a connection and keeps it with the session, to restore it around each
 * message; the upgrade's observation was in that context, so every open connection kept a
 * finished observation with its request and response facades and key values (ADR 042). An
 * upgrade is not a request whose time means anything (it is answered 101 at once); the
 * connections are counted by {@code inkwell.subscriptions.max-connections}' admission.
 */
@Configuration(proxyBeanMethods = false)
class UpgradesUnobserved {

	@Bean
	ObservationPredicate webSocketUpgradesUnobserved() {
		return (name, context) -> !(context instanceof ServerRequestObservationContext server
				&& isWebSocketUpgrade(server.getCarrier()));
	}

	static boolean isWebSocketUpgrade(HttpServletRequest request) {
		return "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
	}

}
