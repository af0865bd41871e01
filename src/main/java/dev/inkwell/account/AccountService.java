package dev.inkwell.account;

import java.util.Locale;

import dev.inkwell.author.Author;
import dev.inkwell.author.AuthorRepository;
import dev.inkwell.errors.NotFoundException;
import dev.inkwell.errors.UnauthenticatedException;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account mutations, each one transaction over the author and account rows. Duplicate
 * usernames and emails are left to the unique indexes (a check first would race): their
 * violations become CONFLICT errors on the field. The mail flows (addresses, passwords)
 * are {@link AccountMailService}'s.
 */
@Service
class AccountService {

	private final AuthorRepository authors;

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final Tokens tokens;

	private final RateLimiter limiter;

	private final RateLimiter.Limit loginLimit;

	private final AccountMailService mail;

	/**
	 * Updates go through update(), not save(): rows written by SQL start at version 0,
	 * which save() would take for a new aggregate and insert.
	 */
	private final JdbcAggregateTemplate aggregates;

	private final Permissions permissions;

	/**
	 * Compared against when no account matches, so an unknown name takes as long as a
	 * wrong password.
	 */
	private final String decoyHash;

	AccountService(AuthorRepository authors, AccountRepository accounts, PasswordEncoder passwords, Tokens tokens,
			RateLimiter limiter, AuthProperties auth, AccountMailService mail, Permissions permissions,
			JdbcAggregateTemplate aggregates) {
		this.authors = authors;
		this.aggregates = aggregates;
		this.accounts = accounts;
		this.passwords = passwords;
		this.tokens = tokens;
		this.limiter = limiter;
		this.loginLimit = new RateLimiter.Limit("login", auth.loginAttempts(), auth.loginWindow());
		this.mail = mail;
		this.permissions = permissions;
		this.decoyHash = passwords.encode("not a password of anyone");
	}

	/**
	 * Signs the new author in and mails the confirmation of the address, in one commit.
	 */
	@Transactional
	AuthPayload register(RegisterInput input) {
		Author author = authors.save(Author.signUp(input.username(), input.email(), input.displayName()));
		accounts.insert(author.id(), passwords.encode(input.password()), Role.USER.name());
		mail.sendConfirmation(author);
		return new AuthPayload(tokens.issue(author.id(), 0), reload(author.id()));
	}

	/**
	 * Failed sign-ins are counted per (name, client address) in PostgreSQL, so the limit
	 * holds across instances (ADR 038).
	 */
	AuthPayload login(LoginInput input, String clientAddress) {
		String key = input.usernameOrEmail().toLowerCase(Locale.ROOT) + "|" + clientAddress;
		limiter.check(loginLimit, key, "Too many failed sign-ins");
		Account account = accounts.findBySignInName(input.usernameOrEmail()).orElse(null);
		boolean matches = passwords.matches(input.password(), account == null ? decoyHash : account.passwordHash());
		if (account == null || !matches) {
			limiter.hit(loginLimit, key);
			throw new UnauthenticatedException("Wrong username, email or password");
		}
		limiter.clear(loginLimit, key);
		return new AuthPayload(tokens.issue(account.authorId(), account.tokenGeneration()), reload(account.authorId()));
	}

	@Transactional
	Author updateProfile(Viewer viewer, UpdateProfileInput input) {
		permissions.requireSignedIn(viewer);
		Author author = reload(viewer.authorId());
		String displayName = input.displayName() == null ? author.displayName() : emptyToNull(input.displayName());
		String bio = input.bio() == null ? author.bio() : emptyToNull(input.bio());
		aggregates.update(author.withProfile(displayName, bio));
		return reload(author.id());
	}

	@Transactional
	Author setRole(Viewer viewer, long authorId, Role role) {
		permissions.requireRole(viewer, Role.ADMIN);
		if (accounts.updateRole(authorId, role.name()) == 0) {
			throw new NotFoundException("authorId", "No account for this author");
		}
		return reload(authorId);
	}

	private Author reload(long authorId) {
		return authors.findById(authorId)
			.orElseThrow(() -> new UnauthenticatedException("The account no longer exists"));
	}

	private static String emptyToNull(String text) {
		return text.isEmpty() ? null : text;
	}

}
