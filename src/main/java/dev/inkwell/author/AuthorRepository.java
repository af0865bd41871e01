package dev.inkwell.author;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Authors by id, by username, and in pages. */
public interface AuthorRepository extends ListCrudRepository<Author, Long>, AuthorBatchQueries {

	/** Usernames are unique whatever their case (index author_username_unique). */
	@Query("select * from author where lower(username) = lower(:username)")
	Optional<Author> findByUsername(String username);

	/** A page of authors in account order, after the author with id {@code afterId} (0 for the first page). */
	@Query("select * from author where id > :afterId order by id limit :limit")
	List<Author> findPageAfter(long afterId, int limit);

}
