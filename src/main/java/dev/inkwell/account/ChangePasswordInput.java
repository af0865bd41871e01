package dev.inkwell.account;

import dev.inkwell.errors.TextLength;

/** A new password, confirmed with the current one. */
record ChangePasswordInput(String currentPassword, @TextLength(min = 8, max = 200, maxUtf8Bytes = 72,
		message = "8 to 72 characters (at most 72 bytes)") String newPassword) {
}
