package dev.inkwell.mail;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.inkwell.database.BackgroundPool;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The instance's mail sender: one thread that claims the oldest due mail with
 * {@code FOR UPDATE SKIP LOCKED}, sends it and records the outcome in the same
 * transaction, so two instances never send one mail twice (a crash between the SMTP
 * server's acceptance and the commit sends it once more: at least once, ADR 036). A mail
 * the SMTP server does not take stays PENDING with its attempts and last error and is
 * tried again after a backoff that doubles, up to an hour; after
 * {@code inkwell.mail.max-attempts} it is FAILED. Without an SMTP server
 * ({@code spring.mail.host} unset) each mail is written to the log and marked LOGGED.
 */
@Component
class MailDelivery implements SmartLifecycle, Runnable {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private static final Duration MAX_BACKOFF = Duration.ofHours(1);

	private static final int MAX_ERROR_LENGTH = 1000;

	private static final String CLAIM = """
			select id, recipient, subject, body_text, body_html, attempts from mail_outbox
			where status = 'PENDING' and next_attempt_at <= now()
			order by next_attempt_at, id
			limit 1
			for update skip locked""";

	/** Milliseconds until the next pending mail is due, by the database's clock. */
	private static final String NEXT_DUE = """
			select (extract(epoch from min(next_attempt_at) - now()) * 1000)::bigint
			from mail_outbox where status = 'PENDING'""";

	private static final String DONE = """
			update mail_outbox set status = ?, attempts = attempts + 1, sent_at = now(), last_error = null,
			  body_text = case when ? then null else body_text end,
			  body_html = case when ? then null else body_html end
			where id = ?""";

	private static final String RETRY = """
			update mail_outbox set status = ?, attempts = attempts + 1, last_error = ?,
			  next_attempt_at = now() + ? * interval '1 millisecond'
			where id = ?""";

	private final HikariDataSource pool;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final JavaMailSender smtp;

	private final MailDeliveryProperties properties;

	private final Semaphore wakeUps = new Semaphore(0);

	private volatile boolean running;

	private volatile Thread thread;

	MailDelivery(DataSource requestPool, ObjectProvider<JavaMailSender> smtp, MailDeliveryProperties properties) {
		// One connection of its own: a claimed mail holds it while the SMTP server is
		// talked to, and the polls stay out of the request pool.
		this.pool = BackgroundPool.of(requestPool, "inkwell-mail-sender", 1);
		this.jdbc = new JdbcTemplate(pool);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(pool));
		this.smtp = smtp.getIfAvailable();
		this.properties = properties;
	}

	private record Claimed(long id, String recipient, String subject, String text, String html, int attempts) {
	}

	/**
	 * Sends due mail now instead of at the next poll (after a commit that wrote mail).
	 */
	void wake() {
		if (wakeUps.availablePermits() == 0) {
			wakeUps.release();
		}
	}

	@Override
	public void start() {
		if (smtp == null) {
			log.info("No SMTP server configured (spring.mail.host): mail is written to this log and kept "
					+ "in the table mail_outbox instead of being sent");
		}
		running = true;
		thread = new Thread(this, "inkwell-mail-sender");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void stop() {
		running = false;
		Thread sending = thread;
		if (sending != null) {
			sending.interrupt();
			try {
				sending.join(5_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		pool.close();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public void run() {
		while (running) {
			Duration wait;
			try {
				if (Boolean.TRUE.equals(transactions.execute((status) -> deliverOne()))) {
					continue;
				}
				wait = untilNextDue();
			}
			catch (DataAccessException ex) {
				if (!running) {
					return;
				}
				log.warn("Mail sender cannot reach the database ({}); trying again in {}", ex.getMessage(),
						properties.pollInterval());
				wait = properties.pollInterval();
			}
			catch (RuntimeException ex) {
				if (!running) {
					// Stopping: the pool closed under the last attempt, whose transaction
					// rolled back; the mail is tried again at the next start.
					return;
				}
				// Whatever it was, the thread must live on: the mail stays claimed by
				// no one (the transaction rolled back) and is tried again.
				log.error("Mail sender failed; trying again in {}", properties.pollInterval(), ex);
				wait = properties.pollInterval();
			}
			try {
				wakeUps.tryAcquire(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS);
				wakeUps.drainPermits();
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	/** Claims, sends and records one due mail; false when none is due. */
	private boolean deliverOne() {
		List<Claimed> claimed = jdbc.query(CLAIM, (rs, n) -> new Claimed(rs.getLong("id"), rs.getString("recipient"),
				rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"), rs.getInt("attempts")));
		if (claimed.isEmpty()) {
			return false;
		}
		Claimed mail = claimed.get(0);
		if (smtp == null) {
			log.info("Mail {} (not sent: no SMTP server configured)\nTo: {}\nSubject: {}\n\n{}", mail.id(),
					mail.recipient(), mail.subject(), mail.text());
			jdbc.update(DONE, "LOGGED", false, false, mail.id());
			return true;
		}
		try {
			smtp.send(message(mail));
			jdbc.update(DONE, "SENT", true, true, mail.id());
		}
		catch (MailException | MessagingException ex) {
			int attempts = mail.attempts() + 1;
			boolean giveUp = attempts >= properties.maxAttempts();
			Duration backoff = backoff(attempts);
			String error = String.valueOf(ex.getMessage());
			jdbc.update(RETRY, giveUp ? "FAILED" : "PENDING",
					error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error,
					backoff.toMillis(), mail.id());
			if (giveUp) {
				log.error("Mail {} to {} FAILED after {} attempts: {}", mail.id(), mail.recipient(), attempts, error);
			}
			else {
				log.warn("Mail {} not sent (attempt {}): {}; next attempt in {}", mail.id(), attempts, error, backoff);
			}
		}
		return true;
	}

	private MimeMessage message(Claimed mail) throws MessagingException {
		MimeMessage message = smtp.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(properties.from());
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(mail.text(), mail.html());
		return message;
	}

	/** retry-backoff, doubled for each attempt after the first, at most an hour. */
	private Duration backoff(int attempts) {
		Duration backoff = properties.retryBackoff();
		for (int i = 1; i < attempts && backoff.compareTo(MAX_BACKOFF) < 0; i++) {
			backoff = backoff.multipliedBy(2);
		}
		return backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
	}

	/**
	 * The poll interval, or less when a pending mail is due sooner (a retry after a short
	 * backoff).
	 */
	private Duration untilNextDue() {
		Long millis = jdbc.queryForObject(NEXT_DUE, Long.class);
		if (millis == null) {
			return properties.pollInterval();
		}
		Duration until = Duration.ofMillis(millis);
		return until.compareTo(properties.pollInterval()) < 0 ? until : properties.pollInterval();
	}

}
