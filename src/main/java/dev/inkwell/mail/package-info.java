/**
 * Mail that is never lost: a feature writes a mail to the outbox table in its own
 * transaction ({@link dev.inkwell.mail.MailOutbox}), from templates
 * ({@link dev.inkwell.mail.MailTemplates}); each instance's sender delivers due mail over
 * SMTP after the commit, one instance per mail (FOR UPDATE SKIP LOCKED), retrying with
 * backoff and keeping failures visible. Without an SMTP server the mail goes to the log.
 * Imports no feature package.
 */
package dev.inkwell.mail;
