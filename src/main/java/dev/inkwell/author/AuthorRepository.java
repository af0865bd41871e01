package dev.inkwell.author;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Authors by id, by username, and in pages. */
public interface AuthorRepository extends ListCrudRepository<Author, Long>, AuthorBatchQueries {

	/**
	 * Answered by the row mapper of {@link AuthorBatchQueries}, not by Spring Data's
	 * entity mapping.
	 */
	@Override
	Optional<Author> findById(Long id);

	/**
	 * By the row mapper of {@link AuthorBatchQueries}, in one statement whatever the
	 * number of ids.
	 */
	@Override
	List<Author> findAllById(Iterable<Long> ids);

	/** Usernames are unique whatever their case (index author_username_unique). */
	@Query("select * from author where lower(username) = lower(:username)")
	Optional<Author> findByUsername(String username);

	/**
	 * A page of authors in account order, after the author with id {@code afterId} (0 for
	 * the first page).
	 */
	@Query("select * from author where id > :afterId order by id limit :limit")
	List<Author> findPageAfter(long afterId, int limit);

}
