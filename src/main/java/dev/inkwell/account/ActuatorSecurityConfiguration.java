package dev.inkwell.account;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Actuator requests signed in with the bearer token GraphQL uses, so that
 * {@code management.endpoint.health.show-details=when-authorized} with
 * {@code management.endpoint.health.roles=ADMIN} (the profile {@code prod}) shows the
 * health details to a signed-in ADMIN and to nobody else.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurityConfiguration {

	private static final String ROLE_PREFIX = "ROLE_";

	/**
	 * Only the actuator's endpoints, ahead of the chain for everything else
	 * (AuthConfiguration), which keeps no security context for the GraphQL path. A valid
	 * token signs the request in, an invalid one is answered 401, no token leaves it
	 * anonymous; no request is refused for its role: each endpoint decides what it shows.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain actuatorSecurity(HttpSecurity http, JwtDecoder decoder, AccountRepository accounts)
			throws Exception {
		JwtAuthenticationConverter signedIn = new JwtAuthenticationConverter();
		signedIn.setJwtGrantedAuthoritiesConverter(jwt -> authorities(accounts, jwt));
		return http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.anonymous(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.oauth2ResourceServer(
					server -> server.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(signedIn)))
			.build();
	}

	/**
	 * The role is read from the account row, as for GraphQL requests (Permissions): a
	 * role change applies at once, and a deleted account's token carries no role. Each
	 * role the account's includes becomes an authority, so ADMIN is also MODERATOR and
	 * USER.
	 */
	private static Collection<GrantedAuthority> authorities(AccountRepository accounts, Jwt jwt) {
		return accounts.findById(Long.parseLong(jwt.getSubject()))
			// A token ended by a password change or reset carries no role (ADR 037).
			.filter(account -> Tokens.generation(jwt) >= account.tokenGeneration())
			.map(Account::role)
			.map(role -> Arrays.stream(Role.values())
				.filter(role::includes)
				.<GrantedAuthority>map(included -> new SimpleGrantedAuthority(ROLE_PREFIX + included.name()))
				.toList())
			.orElse(List.of());
	}

}
