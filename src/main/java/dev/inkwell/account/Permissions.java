package dev.inkwell.account;

import dev.inkwell.errors.ForbiddenException;
import dev.inkwell.errors.UnauthenticatedException;

import org.springframework.stereotype.Component;

/**
 * The permission checks every feature uses. A token says who the viewer is; the account
 * row says what they may do now (a role change applies at once, and a deleted account's
 * token stops working).
 */
@Component
public class Permissions {

	private final AccountRepository accounts;

	Permissions(AccountRepository accounts) {
		this.accounts = accounts;
	}

	/**
	 * The viewer's current role; UNAUTHENTICATED when anonymous or when the account no
	 * longer exists.
	 */
	public Role requireSignedIn(Viewer viewer) {
		if (viewer == null) {
			throw new UnauthenticatedException(
					"Sign in first: send 'Authorization: Bearer <token>' (see register and login)");
		}
		return accounts.findById(viewer.authorId())
			.map(Account::role)
			.orElseThrow(() -> new UnauthenticatedException("The account of this token no longer exists"));
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

}
