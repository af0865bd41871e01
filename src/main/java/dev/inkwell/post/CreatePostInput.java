package dev.inkwell.post;

import dev.inkwell.errors.InputText;
import dev.inkwell.errors.TextLength;
import jakarta.validation.constraints.NotBlank;

/**
 * A new post. The title is trimmed; the body is kept as written, since leading spaces and
 * line ends are Markdown (an indented code block, a hard line break); it only may not be
 * blank.
 */
record CreatePostInput(@TextLength(min = 1, max = 200) String title,
		@TextLength(min = 1, max = 100_000) @NotBlank(message = "A post needs a body") String body) {

	CreatePostInput {
		title = InputText.trimmed(title);
	}

}
