package dev.inkwell.comment;

import dev.inkwell.errors.TextLength;
import jakarta.validation.constraints.NotBlank;

/**
 * A new comment on a post, or a reply to {@code parentId}; the body is kept as written
 * (Markdown-like text).
 */
record AddCommentInput(String postId, String parentId,
		@TextLength(min = 1, max = 20_000) @NotBlank(message = "A comment needs a body") String body) {
}
