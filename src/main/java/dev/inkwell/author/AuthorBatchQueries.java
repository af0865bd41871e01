package dev.inkwell.author;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Authors by id, read with a plain row mapper: a whole level of a query at once, or one author.
 * Reads use these rather than Spring Data's {@code findById}/{@code findAllById}, whose reflective
 * entity mapping cost more than the SQL (docs/benchmarks.md); writes keep Spring Data.
 */
public interface AuthorBatchQueries {

	/**
	 * The authors with these ids, in one statement ({@code id = any(array)}, so the SQL text is the
	 * same whatever the number of ids); ids without an author are left out.
	 */
	List<Author> findAllByIds(Collection<Long> ids);

	/**
	 * The author with this id, by the same statement as {@link #findAllByIds}. Implemented, not a
	 * default method: Spring Data calls default methods of a repository reflectively, which the
	 * author page's profile showed at 4 %.
	 */
	Optional<Author> findOne(long id);

}
