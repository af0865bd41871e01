package dev.inkwell.account;

/** What an account may do; each role may do everything of the roles before it. */
public enum Role {

	/** Writes posts, comments, follows. */
	USER,
	/** Also hides and unhides any comment. */
	MODERATOR,
	/** Also everything else, roles included. */
	ADMIN;

	public boolean includes(Role other) {
		return compareTo(other) >= 0;
	}

}
