package dev.inkwell.account;

import dev.inkwell.errors.InputText;
import dev.inkwell.errors.TextLength;
import jakarta.validation.constraints.Email;

/**
 * A new email address, confirmed with the current password (the email is a way into the
 * account).
 */
record ChangeEmailInput(@Email(message = "Not an email address") @TextLength(min = 3, max = 254) String email,
		String currentPassword) {

	ChangeEmailInput {
		email = InputText.trimmed(email);
	}

}
