package dev.inkwell.author;

import java.util.Collection;
import java.util.List;

/** Authors of a whole level of a query at once, read with a plain row mapper. */
public interface AuthorBatchQueries {

	/**
	 * The authors with these ids, in one statement ({@code id = any(array)}, so the SQL text is the
	 * same whatever the number of ids); ids without an author are left out.
	 */
	List<Author> findAllByIds(Collection<Long> ids);

}
