package dev.inkwell.post;

import dev.inkwell.errors.InputText;
import dev.inkwell.errors.TextLength;
import jakarta.validation.constraints.Pattern;

/**
 * A change of a post: null leaves a field as it is. {@code version} is the version the
 * client read; if the post changed since, the update is a CONFLICT instead of a lost
 * update.
 */
record UpdatePostInput(String id, int version, @TextLength(min = 1, max = 200) String title, @TextLength(min = 1,
		max = 100_000) @Pattern(regexp = "(?s).*\\S.*", message = "A post needs a body") String body) {

	UpdatePostInput {
		title = InputText.trimmed(title);
	}

}
