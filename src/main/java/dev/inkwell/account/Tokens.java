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

/**
 * Issues and verifies bearer tokens: signed JWTs whose subject is the author's id and
 * whose {@value #GENERATION} claim is the account's token generation when issued (ADR
 * 037).
 */
@Component
class Tokens {

	/**
	 * The claim of the account's token generation; a token without it is of generation 0.
	 */
	static final String GENERATION = "gen";

	/** A verified token: whom it signs in, and the generation it was issued in. */
	record Verified(Viewer viewer, int generation) {
	}

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
	String issue(long authorId, int generation) {
		Instant now = clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(AuthConfiguration.ISSUER)
			.subject(Long.toString(authorId))
			.issuedAt(now)
			.expiresAt(now.plus(properties.tokenExpiry()))
			.claim(GENERATION, generation)
			.build();
		return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

	/**
	 * The viewer a token names; an invalid, tampered or expired token is UNAUTHENTICATED.
	 */
	Verified verify(String token) {
		try {
			Jwt jwt = decoder.decode(token);
			return new Verified(new Viewer(Long.parseLong(jwt.getSubject())), generation(jwt));
		}
		catch (JwtException | NumberFormatException ex) {
			throw new UnauthenticatedException("The bearer token is invalid or expired: sign in again");
		}
	}

	static int generation(Jwt jwt) {
		Object generation = jwt.getClaims().get(GENERATION);
		return generation instanceof Number number ? number.intValue() : 0;
	}

}
