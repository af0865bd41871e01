package dev.inkwell.support;

import java.util.Collection;
import java.util.Collections;

import dev.inkwell.relay.Cursor;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The page of Query.authors (id order) that holds a test's own authors, whatever ids the
 * sequence handed out: it starts after the author created just before them and is long
 * enough for any authors created between them by someone else.
 *
 * @param after the cursor to page after, null when the test's authors are the first
 * @param first how many authors the page needs
 */
public record AuthorsPage(String after, int first) {

	public static AuthorsPage holding(JdbcTemplate jdbc, Collection<Long> authorIds) {
		long lowest = Collections.min(authorIds);
		long highest = Collections.max(authorIds);
		Long before = jdbc.queryForObject("select max(id) from author where id < ?", Long.class, lowest);
		int first = jdbc.queryForObject("select count(*) from author where id between ? and ?", Integer.class, lowest,
				highest);
		return new AuthorsPage(before == null ? null : Cursor.encode(before), first);
	}

}
