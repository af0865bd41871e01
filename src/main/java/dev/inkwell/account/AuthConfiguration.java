package dev.inkwell.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * Tokens and passwords: an HS256 key, the Nimbus JWT encoder and decoder of Spring
 * Security's resource-server support, BCrypt, and an HTTP filter chain that lets every
 * request through.
 */
@Configuration(proxyBeanMethods = false)
class AuthConfiguration {

	static final String ISSUER = "inkwell";

	private static final Logger log = LoggerFactory.getLogger(AuthConfiguration.class);

	/** HS256 wants a key of at least 256 bits. */
	private static final int MIN_SECRET_BYTES = 32;

	@Bean
	SecretKey jwtSigningKey(AuthProperties properties) {
		byte[] secret = properties.jwtSecret().getBytes(StandardCharsets.UTF_8);
		if (secret.length == 0) {
			secret = new byte[MIN_SECRET_BYTES];
			new SecureRandom().nextBytes(secret);
			log.warn("No inkwell.auth.jwt-secret (INKWELL_JWT_SECRET) configured: signing tokens with a random key. "
					+ "Tokens stop working when the server restarts and are not accepted by other instances.");
		}
		else if (secret.length < MIN_SECRET_BYTES) {
			throw new IllegalStateException("inkwell.auth.jwt-secret (INKWELL_JWT_SECRET) must be at least "
					+ MIN_SECRET_BYTES + " bytes long; it has " + secret.length);
		}
		return new SecretKeySpec(secret, "HmacSHA256");
	}

	@Bean
	JwtEncoder jwtEncoder(SecretKey jwtSigningKey) {
		return NimbusJwtEncoder.withSecretKey(jwtSigningKey).algorithm(MacAlgorithm.HS256).build();
	}

	/**
	 * Checks the signature, the issuer, and that the token has an expiry that has not
	 * passed (60 s clock skew).
	 */
	@Bean
	JwtDecoder jwtDecoder(SecretKey jwtSigningKey) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(jwtSigningKey)
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		decoder.setJwtValidator(
				JwtValidators.createDefaultWithValidators(List.of(JwtValidators.createDefaultWithIssuer(ISSUER),
						new JwtClaimValidator<>(JwtClaimNames.EXP, Objects::nonNull))));
		return decoder;
	}

	@Bean
	PasswordEncoder passwordEncoder(AuthProperties properties) {
		return new BCryptPasswordEncoder(properties.passwordHashStrength());
	}

	/**
	 * Every HTTP request passes: the GraphQL layer reads the bearer token
	 * (ViewerInterceptor), so a bad token is answered with a GraphQL error a client can
	 * read, not an empty 401, and anonymous reads keep working. No cookies or sessions,
	 * so CSRF has nothing to protect. What the chain still does is write the security
	 * headers ({@code X-Content-Type-Options}, {@code X-Frame-Options}, …); the filters
	 * that would keep a security context, a session, an anonymous principal or an
	 * authorization rule are left out, because nothing reads them and each runs on every
	 * request (ADR 022).
	 */
	@Bean
	SecurityFilterChain httpSecurity(HttpSecurity http) throws Exception {
		return http.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(AbstractHttpConfigurer::disable)
			.securityContext(AbstractHttpConfigurer::disable)
			.anonymous(AbstractHttpConfigurer::disable)
			.servletApi(AbstractHttpConfigurer::disable)
			.exceptionHandling(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			// The GraphQL endpoint sets its own Cache-Control (transport/CachePolicy):
			// GET responses may be cacheable.
			.headers(headers -> headers.cacheControl(cache -> cache.disable())
				.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
					@Override
					public <O extends HeaderWriterFilter> O postProcess(O filter) {
						// Before the handler: GraphQL responses are written by the thread
						// that ends the execution, possibly before this filter's own
						// thread returns (overrides/DirectResponse).
						filter.setShouldWriteHeadersEagerly(true);
						return filter;
					}
				}))
			.build();
	}

	/**
	 * Spring Security observes each filter of its chain once an observation registry
	 * exists (actuator's), even with those observations switched off by
	 * {@code management.observations.enable.spring.security}: every filter is wrapped and
	 * starts a no-op observation. Unless {@code INKWELL_OBSERVE_SECURITY} switches them
	 * on, these settings leave the chain unwrapped.
	 */
	@Bean
	@ConditionalOnProperty(name = "management.observations.enable.spring.security", havingValue = "false")
	SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

}
