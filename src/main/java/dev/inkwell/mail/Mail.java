package dev.inkwell.mail;

/**
 * One mail as the outbox keeps it: the template it came from, the recipient, the subject,
 * and its plain-text and HTML bodies.
 */
public record Mail(String kind, String recipient, String subject, String text, String html) {
}
