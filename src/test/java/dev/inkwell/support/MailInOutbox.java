package dev.inkwell.support;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The mail a test's server wrote to {@code mail_outbox}, read where a person on the
 * embedded default (no SMTP server) finds it: the table, whose plain-text body carries
 * the link with the token.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MailInOutbox {

	/** A token as the server mails it: 32 random bytes, base64url without padding. */
	public static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

	private final JdbcTemplate jdbc;

	public MailInOutbox(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The token in the newest mail of {@code kind} to {@code recipient}. */
	public String token(String recipient, String kind) {
		List<String> bodies = jdbc.queryForList(
				"select body_text from mail_outbox where recipient = ? and kind = ? order by id desc limit 1",
				String.class, recipient, kind);
		if (bodies.isEmpty()) {
			throw new AssertionError("No " + kind + " mail to " + recipient + " in mail_outbox");
		}
		return tokenIn(bodies.get(0));
	}

	public int count(String recipient) {
		return jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class, recipient);
	}

	public static String tokenIn(String text) {
		Matcher token = TOKEN.matcher(text);
		if (!token.find()) {
			throw new AssertionError("No token in the mail: " + text);
		}
		return token.group(1);
	}

}
