package dev.inkwell.author;

import java.util.List;
import java.util.Optional;

/**
 * Authors by id with a plain row mapper. These override Spring Data's {@code findById}
 * and {@code findAllById} (a repository fragment's methods take precedence over the base
 * ones), so reads by id have one name and skip the reflective entity mapping
 * (docs/adr/011); writes keep Spring Data's {@code save}.
 */
public interface AuthorBatchQueries {

	/**
	 * The authors with these ids, in one statement ({@code id = any(array)}, so the SQL
	 * text is the same whatever the number of ids); ids without an author are left out.
	 */
	List<Author> findAllById(Iterable<Long> ids);

	/**
	 * The author with this id, by the same statement as {@link #findAllById}. Implemented
	 * in the fragment, not as a default method, which Spring Data would call reflectively
	 * (docs/adr/011).
	 */
	Optional<Author> findById(Long id);

}
