package dev.inkwell.account;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.inkwell.account.MailTokens.Purpose;
import dev.inkwell.account.MailTokens.Redeemed;
import dev.inkwell.author.Author;
import dev.inkwell.author.AuthorRepository;
import dev.inkwell.config.InkwellProperties;
import dev.inkwell.errors.ConflictException;
import dev.inkwell.errors.InvalidTokenException;
import dev.inkwell.errors.UnauthenticatedException;
import dev.inkwell.mail.MailOutbox;
import dev.inkwell.mail.MailTemplates;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The account flows that go through a mailbox: confirming an address, changing it, and
 * resetting or changing a password. Each is one transaction in which the token, the mail
 * (outbox) and the change are written together (ADR 036); a new password ends every
 * bearer token issued before it (ADR 037).
 */
@Service
class AccountMailService {

	private static final String EMAIL_TAKEN = "This email address is already used by another account";

	private final AuthorRepository authors;

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final Tokens tokens;

	private final MailTokens mailTokens;

	private final MailOutbox outbox;

	private final MailTemplates templates;

	private final RateLimiter limiter;

	private final AccountsProperties properties;

	private final InkwellProperties site;

	private final Permissions permissions;

	private final JdbcAggregateTemplate aggregates;

	private final EndedTokens ended;

	private final RateLimiter.Limit mailPerAddress;

	private final RateLimiter.Limit resetPerClient;

	AccountMailService(AuthorRepository authors, AccountRepository accounts, PasswordEncoder passwords, Tokens tokens,
			MailTokens mailTokens, MailOutbox outbox, MailTemplates templates, RateLimiter limiter,
			AccountsProperties properties, InkwellProperties site, Permissions permissions,
			JdbcAggregateTemplate aggregates, EndedTokens ended) {
		this.ended = ended;
		this.authors = authors;
		this.accounts = accounts;
		this.passwords = passwords;
		this.tokens = tokens;
		this.mailTokens = mailTokens;
		this.outbox = outbox;
		this.templates = templates;
		this.limiter = limiter;
		this.properties = properties;
		this.site = site;
		this.permissions = permissions;
		this.aggregates = aggregates;
		this.mailPerAddress = new RateLimiter.Limit("mail-per-address", properties.mailRequestsPerAddress(),
				properties.mailRequestWindow());
		this.resetPerClient = new RateLimiter.Limit("reset-per-client", properties.resetRequestsPerClient(),
				properties.mailRequestWindow());
	}

	/**
	 * Mails a confirmation link for the author's address, in the caller's transaction.
	 */
	void sendConfirmation(Author author) {
		String token = mailTokens.issue(author.id(), Purpose.CONFIRM_EMAIL, author.email(),
				properties.confirmationTokenExpiry());
		outbox.send(templates.render("confirm-email", author.email(),
				Map.of("username", author.username(), "link", site.link("/confirm-email?token=" + token), "token",
						token, "validFor", spoken(properties.confirmationTokenExpiry()))));
	}

	/** False when the address is confirmed already (no mail then). */
	@Transactional
	boolean requestEmailConfirmation(Viewer viewer) {
		Account account = permissions.requireAccount(viewer);
		if (account.emailConfirmedAt() != null) {
			return false;
		}
		Author author = reload(account.authorId());
		limiter.hitOrRefuse(mailPerAddress, normalized(author.email()), "Too many mails to this address");
		sendConfirmation(author);
		return true;
	}

	/**
	 * A confirmation token confirms the address it was sent to, if the account still has
	 * it; a change token makes its address the account's, confirmed, and ends the
	 * account's other address tokens.
	 */
	@Transactional
	Author confirmEmail(String token) {
		Redeemed redeemed = mailTokens.redeem(token, EnumSet.of(Purpose.CONFIRM_EMAIL, Purpose.CHANGE_EMAIL))
			.orElseThrow(AccountMailService::invalidToken);
		Author author = reload(redeemed.authorId());
		if (redeemed.purpose() == Purpose.CONFIRM_EMAIL) {
			if (!author.email().equalsIgnoreCase(redeemed.email())) {
				throw invalidToken();
			}
			accounts.confirmEmail(author.id());
		}
		else {
			if (!author.email().equals(redeemed.email())) {
				aggregates.update(author.withEmail(redeemed.email()));
			}
			accounts.confirmNewEmail(author.id());
			mailTokens.endAll(author.id(), Purpose.CONFIRM_EMAIL, Purpose.CHANGE_EMAIL);
		}
		return reload(author.id());
	}

	/**
	 * Mails a confirmation to the new address and a notice to the old one; the address
	 * changes when {@link #confirmEmail} gets the token. A later request replaces an
	 * earlier one.
	 */
	@Transactional
	Author changeEmail(Viewer viewer, ChangeEmailInput input) {
		Account account = verifiedAccount(viewer, input.currentPassword());
		Author author = reload(account.authorId());
		if (accounts.isEmailUsedByAnother(input.email(), author.id())) {
			throw new ConflictException(EMAIL_TAKEN,
					Map.of("fields", List.of(Map.of("field", "email", "message", EMAIL_TAKEN))));
		}
		if (input.email().equals(author.email())) {
			return author;
		}
		limiter.hitOrRefuse(mailPerAddress, normalized(input.email()), "Too many mails to this address");
		mailTokens.endAll(author.id(), Purpose.CHANGE_EMAIL);
		String token = mailTokens.issue(author.id(), Purpose.CHANGE_EMAIL, input.email(),
				properties.confirmationTokenExpiry());
		outbox.send(templates.render("confirm-new-email", input.email(),
				Map.of("username", author.username(), "link", site.link("/confirm-email?token=" + token), "token",
						token, "validFor", spoken(properties.confirmationTokenExpiry()))));
		outbox.send(templates.render("email-change-notice", author.email(), Map.of("username", author.username(),
				"newEmail", input.email(), "resetLink", site.link("/reset-password"))));
		return author;
	}

	/** The new password ends every bearer token and reset link issued before it. */
	@Transactional
	Author changePassword(Viewer viewer, ChangePasswordInput input) {
		Account account = verifiedAccount(viewer, input.currentPassword());
		accounts.replacePassword(account.authorId(), passwords.encode(input.newPassword()));
		mailTokens.endAll(account.authorId(), Purpose.RESET_PASSWORD);
		endTokensOnCommit(account.authorId());
		return reload(account.authorId());
	}

	/**
	 * True whether or not an account has this address (no enumeration); counted per
	 * address and per client either way.
	 */
	@Transactional
	boolean requestPasswordReset(String email, String clientAddress) {
		String address = normalized(email);
		limiter.hitOrRefuse(resetPerClient, clientAddress, "Too many password reset requests from this client");
		limiter.hitOrRefuse(mailPerAddress, address, "Too many mails to this address");
		accounts.findByEmail(address).ifPresent((account) -> {
			Author author = reload(account.authorId());
			String token = mailTokens.issue(author.id(), Purpose.RESET_PASSWORD, author.email(),
					properties.resetTokenExpiry());
			outbox.send(templates.render("reset-password", author.email(),
					Map.of("username", author.username(), "link", site.link("/reset-password?token=" + token), "token",
							token, "validFor", spoken(properties.resetTokenExpiry()))));
		});
		return true;
	}

	/**
	 * Sets the password and signs in with a token of the new generation: every earlier
	 * bearer token and reset link stops working. The mailbox is proven, so the address is
	 * confirmed too.
	 */
	@Transactional
	AuthPayload resetPassword(String token, String newPassword) {
		Redeemed redeemed = mailTokens.redeem(token, EnumSet.of(Purpose.RESET_PASSWORD))
			.orElseThrow(AccountMailService::invalidToken);
		accounts.replacePassword(redeemed.authorId(), passwords.encode(newPassword));
		mailTokens.endAll(redeemed.authorId(), Purpose.RESET_PASSWORD);
		Author author = reload(redeemed.authorId());
		if (author.email().equalsIgnoreCase(redeemed.email())) {
			accounts.confirmEmail(author.id());
		}
		return new AuthPayload(tokens.issue(author.id(), endTokensOnCommit(author.id())), author);
	}

	/**
	 * The account's new token generation, which ends older tokens on this instance as
	 * soon as the change commits (on the others at their next read, ADR 037).
	 */
	private int endTokensOnCommit(long authorId) {
		int generation = accounts.findTokenGeneration(authorId).orElse(0);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				ended.changed(authorId, generation);
			}
		});
		return generation;
	}

	/**
	 * A wrong current password is UNAUTHENTICATED: the request does not prove who is
	 * asking.
	 */
	private Account verifiedAccount(Viewer viewer, String currentPassword) {
		Account account = permissions.requireAccount(viewer);
		if (!passwords.matches(currentPassword, account.passwordHash())) {
			throw new UnauthenticatedException("The current password is wrong");
		}
		return account;
	}

	private Author reload(long authorId) {
		return authors.findById(authorId)
			.orElseThrow(() -> new UnauthenticatedException("The account no longer exists"));
	}

	private static InvalidTokenException invalidToken() {
		return new InvalidTokenException("token",
				"This token is wrong, used or expired: ask for a new mail (requestEmailConfirmation, "
						+ "requestPasswordReset)");
	}

	private static String normalized(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	/** 48h as "48 hours", 1h as "1 hour", 30m as "30 minutes". */
	static String spoken(Duration duration) {
		if (duration.toMinutes() % 60 != 0 || duration.toHours() == 0) {
			long minutes = Math.max(1, duration.toMinutes());
			return minutes + (minutes == 1 ? " minute" : " minutes");
		}
		long hours = duration.toHours();
		return hours + (hours == 1 ? " hour" : " hours");
	}

}
