package dev.inkwell.comment;

import dev.inkwell.errors.TextLength;
import jakarta.validation.constraints.NotBlank;

/** A new body for the viewer's comment, from the {@code version} the client read. */
record EditCommentInput(String id, int version,
		@TextLength(min = 1, max = 20_000) @NotBlank(message = "A comment needs a body") String body) {
}
