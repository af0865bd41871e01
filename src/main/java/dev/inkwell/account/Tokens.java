package dev.inkwell.account;

import java.time.Clock;
import java.time.Instant;

import dev.inkwell.errors.UnauthenticatedException;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/** Issues and verifies bearer tokens: signed JWTs whose subject is the author's id. */
@Component
class Tokens {

	private final JwtEncoder encoder;

	private final JwtDecoder decoder;

	private final AuthProperties properties;

	private final Clock clock = Clock.systemUTC();

	Tokens(JwtEncoder encoder, JwtDecoder decoder, AuthProperties properties) {
		this.encoder = encoder;
		this.decoder = decoder;
		this.properties = properties;
	}

	/**
	 * The role is not in the token: it can change, so permission checks read it from the
	 * database.
	 */
	String issue(long authorId) {
		Instant now = clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(AuthConfiguration.ISSUER)
			.subject(Long.toString(authorId))
			.issuedAt(now)
			.expiresAt(now.plus(properties.tokenExpiry()))
			.build();
		return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

	/**
	 * The viewer a token names; an invalid, tampered or expired token is UNAUTHENTICATED.
	 */
	Viewer verify(String token) {
		try {
			Jwt jwt = decoder.decode(token);
			return new Viewer(Long.parseLong(jwt.getSubject()));
		}
		catch (JwtException | NumberFormatException ex) {
			throw new UnauthenticatedException("The bearer token is invalid or expired: sign in again");
		}
	}

}
