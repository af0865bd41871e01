package dev.inkwell.relay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Paging limits of every connection.
 *
 * @param defaultFirst page size when a client gives no first
 * @param maxFirst the largest first accepted; more is a BAD_USER_INPUT error
 */
@ConfigurationProperties("inkwell.paging")
public record PagingProperties(@DefaultValue("20") int defaultFirst, @DefaultValue("100") int maxFirst) {

	/** Validates a client's paging arguments. */
	public Page page(Integer first, String after) {
		return Page.validated(first, after, defaultFirst, maxFirst);
	}

}
