package dev.inkwell.comment;

import dev.inkwell.errors.InvalidInputException;
import dev.inkwell.relay.Page;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of thread reads: a thread is read whole by default, so its caps are larger than
 * other lists' and separate from them.
 *
 * @param maxDepth the deepest level served; a deeper maxDepth argument is lowered to it
 * and comments past it are reported with truncatedByDepth
 * @param defaultFirst comments per page when a client gives no first
 * @param maxFirst the largest first accepted; more is a BAD_USER_INPUT error
 */
@ConfigurationProperties("inkwell.thread")
record ThreadProperties(@DefaultValue("500") int maxDepth, @DefaultValue("100") int defaultFirst,
		@DefaultValue("10000") int maxFirst) {

	Page page(Integer first, String after) {
		return Page.validated(first, after, defaultFirst, maxFirst);
	}

	int depth(Integer requested) {
		if (requested != null && requested < 0) {
			throw new InvalidInputException("maxDepth", "'maxDepth' must not be negative, was " + requested);
		}
		return requested == null ? maxDepth : Math.min(requested, maxDepth);
	}

}
