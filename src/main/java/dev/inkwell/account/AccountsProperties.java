package dev.inkwell.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account mail: confirmed addresses, one-time tokens, and the limits on mail requests.
 *
 * @param requireConfirmedEmail whether writes need a confirmed address: when on, a write
 * by an account whose address is not confirmed is FORBIDDEN (EMAIL_NOT_CONFIRMED)
 * @param confirmationTokenExpiry how long a link to confirm an address (sign-up,
 * changeEmail) works
 * @param resetTokenExpiry how long a password reset link works
 * @param mailRequestsPerAddress mail requests (reset, confirmation, change) for one
 * address in one window; more are RATE_LIMITED
 * @param resetRequestsPerClient password reset requests from one client address in one
 * window, whatever the address asked for; more are RATE_LIMITED
 * @param mailRequestWindow the length of that window
 * @param revocationPollInterval how often an instance reads which accounts changed their
 * password: a bearer token issued before the change is refused at once by the instance
 * that made it, and by the others within this interval
 */
@ConfigurationProperties("inkwell.accounts")
public record AccountsProperties(@DefaultValue("false") boolean requireConfirmedEmail,
		@DefaultValue("48h") Duration confirmationTokenExpiry, @DefaultValue("1h") Duration resetTokenExpiry,
		@DefaultValue("3") int mailRequestsPerAddress, @DefaultValue("10") int resetRequestsPerClient,
		@DefaultValue("15m") Duration mailRequestWindow, @DefaultValue("1s") Duration revocationPollInterval) {
}
