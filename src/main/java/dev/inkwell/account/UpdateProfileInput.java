package dev.inkwell.account;

import dev.inkwell.errors.InputText;
import dev.inkwell.errors.TextLength;

/** A profile change: null leaves a field as it is, an empty string clears it. */
record UpdateProfileInput(@TextLength(max = 100) String displayName, @TextLength(max = 2000) String bio) {

	UpdateProfileInput {
		displayName = InputText.trimmed(displayName);
		bio = InputText.trimmed(bio);
	}

}
