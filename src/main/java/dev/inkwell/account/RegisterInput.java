package dev.inkwell.account;

import dev.inkwell.errors.InputText;
import dev.inkwell.errors.TextLength;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;

/**
 * Sign-up: the same limits as the author table's constraints, checked first to name every
 * bad field at once.
 */
record RegisterInput(
		@Pattern(regexp = "[A-Za-z0-9_]{3,32}", message = "3 to 32 letters, digits or underscores") String username,
		@Email(message = "Not an email address") @TextLength(min = 3, max = 254) String email,
		@TextLength(min = 8, max = 200, maxUtf8Bytes = 72,
				message = "8 to 72 characters (at most 72 bytes)") String password,
		@TextLength(min = 1, max = 100) String displayName) {

	/**
	 * Names are trimmed; a password is taken exactly as typed. An empty display name is
	 * none.
	 */
	RegisterInput {
		username = InputText.trimmed(username);
		email = InputText.trimmed(email);
		displayName = InputText.trimmed(displayName);
		displayName = displayName == null || displayName.isEmpty() ? null : displayName;
	}

}
