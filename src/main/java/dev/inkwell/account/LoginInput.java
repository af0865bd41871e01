package dev.inkwell.account;

import dev.inkwell.errors.InputText;

/** Sign-in by username or email (either, case-insensitive) and password. */
record LoginInput(String usernameOrEmail, String password) {

	LoginInput {
		usernameOrEmail = InputText.trimmed(usernameOrEmail);
	}

}
