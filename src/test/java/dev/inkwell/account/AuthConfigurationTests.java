package dev.inkwell.account;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The signing key: a configured secret must be long enough for HS256; none gives a random
 * key per start.
 */
class AuthConfigurationTests {

	private final AuthConfiguration configuration = new AuthConfiguration();

	@Test
	void shouldRefuseASecretShorterThan32Bytes() {
		assertThatIllegalStateException().isThrownBy(() -> configuration.jwtSigningKey(properties("too short")));
	}

	@Test
	void shouldUseTheConfiguredSecret() {
		String secret = "0123456789abcdef0123456789abcdef";

		assertThat(configuration.jwtSigningKey(properties(secret)).getEncoded()).isEqualTo(secret.getBytes());
	}

	@Test
	void shouldMakeADifferentRandomKeyAtEachStartWithoutASecret() {
		assertThat(configuration.jwtSigningKey(properties("")).getEncoded()).hasSize(32)
			.isNotEqualTo(configuration.jwtSigningKey(properties("")).getEncoded());
	}

	private static AuthProperties properties(String secret) {
		return new AuthProperties(secret, Duration.ofHours(1), 5, Duration.ofMinutes(1), 4);
	}

}
