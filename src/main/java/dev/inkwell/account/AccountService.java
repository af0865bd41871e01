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
 * violations become CONFLICT errors on the field.
 */
@Service
class AccountService {

	private final AuthorRepository authors;

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final Tokens tokens;

	private final LoginRateLimiter limiter;

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
			LoginRateLimiter limiter, Permissions permissions, JdbcAggregateTemplate aggregates) {
		this.authors = authors;
		this.aggregates = aggregates;
		this.accounts = accounts;
		this.passwords = passwords;
		this.tokens = tokens;
		this.limiter = limiter;
		this.permissions = permissions;
		this.decoyHash = passwords.encode("not a password of anyone");
	}

	@Transactional
	AuthPayload register(RegisterInput input) {
		Author author = authors.save(Author.signUp(input.username(), input.email(), input.displayName()));
		accounts.insert(author.id(), passwords.encode(input.password()), Role.USER.name());
		return new AuthPayload(tokens.issue(author.id()), reload(author.id()));
	}

	AuthPayload login(LoginInput input, String clientAddress) {
		String key = input.usernameOrEmail().toLowerCase(Locale.ROOT) + "|" + clientAddress;
		limiter.check(key);
		Account account = accounts.findBySignInName(input.usernameOrEmail()).orElse(null);
		boolean matches = passwords.matches(input.password(), account == null ? decoyHash : account.passwordHash());
		if (account == null || !matches) {
			limiter.recordFailure(key);
			throw new UnauthenticatedException("Wrong username, email or password");
		}
		limiter.recordSuccess(key);
		return new AuthPayload(tokens.issue(account.authorId()), reload(account.authorId()));
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
	Author changeEmail(Viewer viewer, ChangeEmailInput input) {
		Account account = verifiedAccount(viewer, input.currentPassword());
		Author author = reload(account.authorId());
		aggregates.update(author.withEmail(input.email()));
		return reload(author.id());
	}

	@Transactional
	Author changePassword(Viewer viewer, ChangePasswordInput input) {
		Account account = verifiedAccount(viewer, input.currentPassword());
		accounts.updatePasswordHash(account.authorId(), passwords.encode(input.newPassword()));
		return reload(account.authorId());
	}

	@Transactional
	Author setRole(Viewer viewer, long authorId, Role role) {
		permissions.requireRole(viewer, Role.ADMIN);
		if (accounts.updateRole(authorId, role.name()) == 0) {
			throw new NotFoundException("authorId", "No account for this author");
		}
		return reload(authorId);
	}

	/**
	 * A wrong current password is UNAUTHENTICATED: the request does not prove who is
	 * asking.
	 */
	private Account verifiedAccount(Viewer viewer, String currentPassword) {
		permissions.requireSignedIn(viewer);
		Account account = accounts.findById(viewer.authorId())
			.orElseThrow(() -> new UnauthenticatedException("The account of this token no longer exists"));
		if (!passwords.matches(currentPassword, account.passwordHash())) {
			throw new UnauthenticatedException("The current password is wrong");
		}
		return account;
	}

	private Author reload(long authorId) {
		return authors.findById(authorId)
			.orElseThrow(() -> new UnauthenticatedException("The account no longer exists"));
	}

	private static String emptyToNull(String text) {
		return text.isEmpty() ? null : text;
	}

}
