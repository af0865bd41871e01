package dev.inkwell.account;

import dev.inkwell.errors.ErrorCode;
import dev.inkwell.errors.ForbiddenException;
import dev.inkwell.errors.UnauthenticatedException;

import org.springframework.stereotype.Component;

/**
 * The permission checks every feature uses. A token says who the viewer is; the account
 * row says what they may do now (a role change applies at once, and a deleted account's
 * token stops working). The {@code require…} checks guard writes: with
 * {@code inkwell.accounts.require-confirmed-email} on, they also refuse an account whose
 * address is not confirmed (EMAIL_NOT_CONFIRMED).
 */
@Component
public class Permissions {

	private final AccountRepository accounts;

	private final AccountsProperties properties;

	Permissions(AccountRepository accounts, AccountsProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	/**
	 * The viewer's current role, for a write; UNAUTHENTICATED when anonymous or when the
	 * account no longer exists, EMAIL_NOT_CONFIRMED when confirmed addresses are required
	 * and this one is not.
	 */
	public Role requireSignedIn(Viewer viewer) {
		Account account = requireAccount(viewer);
		if (properties.requireConfirmedEmail() && account.emailConfirmedAt() == null) {
			throw new ForbiddenException("Confirm your email address first (see requestEmailConfirmation)",
					ErrorCode.EMAIL_NOT_CONFIRMED);
		}
		return account.role();
	}

	/**
	 * The viewer's current role, for a read (what a subscription may see): no confirmed
	 * address needed.
	 */
	public Role currentRole(Viewer viewer) {
		return requireAccount(viewer).role();
	}

	/** FORBIDDEN unless the viewer's role includes {@code role}. */
	public void requireRole(Viewer viewer, Role role) {
		if (!requireSignedIn(viewer).includes(role)) {
			throw new ForbiddenException("Only a " + role + " may do this");
		}
	}

	/**
	 * FORBIDDEN unless the viewer owns the object (whatever their role: nobody else edits
	 * someone's words).
	 */
	public void requireOwner(Viewer viewer, long ownerId) {
		requireSignedIn(viewer);
		if (viewer.authorId() != ownerId) {
			throw new ForbiddenException("Only its author may change this");
		}
	}

	/**
	 * FORBIDDEN unless the viewer owns the object or has a role that includes
	 * {@code override}.
	 */
	public void requireOwnerOr(Viewer viewer, long ownerId, Role override) {
		Role role = requireSignedIn(viewer);
		if (viewer.authorId() != ownerId && !role.includes(override)) {
			throw new ForbiddenException("Only its author may change this");
		}
	}

	/**
	 * The viewer's account, confirmed or not: the account's own mutations (confirming,
	 * changing the address or password) must work before the address is confirmed.
	 */
	Account requireAccount(Viewer viewer) {
		if (viewer == null) {
			throw new UnauthenticatedException(
					"Sign in first: send 'Authorization: Bearer <token>' (see register and login)");
		}
		return accounts.findById(viewer.authorId())
			.orElseThrow(() -> new UnauthenticatedException("The account of this token no longer exists"));
	}

}
