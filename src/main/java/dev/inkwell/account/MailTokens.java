package dev.inkwell.account;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One-time tokens sent by mail: 256 random bits, handed out once and kept only as their
 * SHA-256 in {@code account_token}, each for one purpose, expiring, used at most once.
 * Redeeming is one UPDATE … RETURNING, so two requests with the same token cannot both
 * succeed.
 */
@Component
class MailTokens {

	/** What a token may do; a token of one purpose is refused by every other. */
	enum Purpose {

		/** Confirms the address the account has (sign-up, requestEmailConfirmation). */
		CONFIRM_EMAIL,
		/** Confirms a new address and makes it the account's (changeEmail). */
		CHANGE_EMAIL,
		/** Sets a new password (requestPasswordReset). */
		RESET_PASSWORD

	}

	/** A token that was valid and is now used: whose, what for, and for which address. */
	record Redeemed(long authorId, Purpose purpose, String email) {
	}

	private static final int TOKEN_BYTES = 32;

	private static final String INSERT = """
			insert into account_token (author_id, purpose, token_hash, email, expires_at)
			values (?, ?, ?, ?, now() + ? * interval '1 millisecond')""";

	private static final String REDEEM = """
			update account_token set used_at = now()
			where token_hash = ? and used_at is null and expires_at > now()
			  and purpose = any(string_to_array(?, ','))
			returning author_id, purpose, email""";

	private static final String END_OTHERS = """
			update account_token set used_at = now()
			where author_id = ? and used_at is null and purpose = any(string_to_array(?, ','))""";

	private final JdbcTemplate jdbc;

	private final SecureRandom random = new SecureRandom();

	MailTokens(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A new token for {@code purpose}; the caller mails it, the database keeps its hash.
	 */
	String issue(long authorId, Purpose purpose, String email, Duration validFor) {
		byte[] bytes = new byte[TOKEN_BYTES];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.update(INSERT, authorId, purpose.name(), Sha256.of(token), email, validFor.toMillis());
		return token;
	}

	/**
	 * Uses the token if it is unused, unexpired and of one of {@code purposes}; empty
	 * otherwise (which of these it was is not told).
	 */
	Optional<Redeemed> redeem(String token, Set<Purpose> purposes) {
		List<Redeemed> redeemed = jdbc.query(REDEEM, (rs, n) -> new Redeemed(rs.getLong("author_id"),
				Purpose.valueOf(rs.getString("purpose")), rs.getString("email")), Sha256.of(token), names(purposes));
		return redeemed.stream().findFirst();
	}

	/** Ends the account's unused tokens of these purposes. */
	void endAll(long authorId, Purpose first, Purpose... others) {
		jdbc.update(END_OTHERS, authorId, names(EnumSet.of(first, others)));
	}

	private static String names(Set<Purpose> purposes) {
		return purposes.stream().map(Purpose::name).collect(Collectors.joining(","));
	}

}
