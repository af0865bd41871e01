package dev.inkwell.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings.
 *
 * @param jwtSecret the HMAC key that signs tokens, at least 32 bytes; empty means a
 * random key per start (tokens then die with the server and do not work across instances)
 * @param tokenExpiry how long a token is valid
 * @param loginAttempts failed sign-ins allowed per username (or email) and client address
 * in one window
 * @param loginWindow the length of that window
 * @param passwordHashStrength BCrypt's log2 cost (10 = about 1,000 rounds)
 */
@ConfigurationProperties("inkwell.auth")
public record AuthProperties(@DefaultValue("") String jwtSecret, @DefaultValue("1h") Duration tokenExpiry,
		@DefaultValue("5") int loginAttempts, @DefaultValue("1m") Duration loginWindow,
		@DefaultValue("10") int passwordHashStrength) {
}
