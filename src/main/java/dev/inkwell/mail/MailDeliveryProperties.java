package dev.inkwell.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox's mail is sent (the SMTP server itself is {@code spring.mail.*}).
 *
 * @param from the sender address of every mail
 * @param pollInterval how often an instance looks for due mail it was not woken for (mail
 * written through it is sent right after the commit)
 * @param retryBackoff the wait before the first retry of a mail the SMTP server did not
 * take; it doubles with each attempt, up to an hour
 * @param maxAttempts attempts before a mail is given up on (status FAILED, kept with its
 * last error)
 */
@ConfigurationProperties("inkwell.mail")
public record MailDeliveryProperties(@DefaultValue("Inkwell <no-reply@localhost>") String from,
		@DefaultValue("10s") Duration pollInterval, @DefaultValue("30s") Duration retryBackoff,
		@DefaultValue("10") int maxAttempts) {
}
