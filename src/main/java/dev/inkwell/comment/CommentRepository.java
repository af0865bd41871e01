package dev.inkwell.comment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/**
 * Comments by id (Spring Data JDBC) plus the native per-parent page and thread queries.
 */
interface CommentRepository extends ListCrudRepository<Comment, Long>, CommentPageQueries, ThreadQueries {

	/**
	 * Answered by the row mapper of {@link CommentPageQueries}, not by Spring Data's
	 * entity mapping.
	 */
	@Override
	Optional<Comment> findById(Long id);

	/**
	 * By the row mapper of {@link CommentPageQueries}, in one statement whatever the
	 * number of ids.
	 */
	@Override
	List<Comment> findAllById(Iterable<Long> ids);

}
