package dev.inkwell.mail;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where a feature puts mail: a row of {@code mail_outbox}, in the caller's transaction,
 * so the mail exists exactly when what it tells (a token, a change) was committed. After
 * the commit this instance's sender is woken, so the mail leaves at once.
 */
@Component
public class MailOutbox {

	private static final String INSERT = """
			insert into mail_outbox (kind, recipient, subject, body_text, body_html)
			values (?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	private final MailDelivery delivery;

	MailOutbox(JdbcTemplate jdbc, MailDelivery delivery) {
		this.jdbc = jdbc;
		this.delivery = delivery;
	}

	/**
	 * Writes the mail in the current transaction; there must be one (a mail written in
	 * autocommit could outlive a failed change, or be lost with a successful one).
	 */
	public void send(Mail mail) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Mail is written in the transaction of the change it tells of");
		}
		jdbc.update(INSERT, mail.kind(), mail.recipient(), mail.subject(), mail.text(), mail.html());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				delivery.wake();
			}
		});
	}

}
