package dev.inkwell.post;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/**
 * Posts: writes by Spring Data JDBC; reads by id and the lists by native SQL
 * ({@link PostPageQueries}).
 */
public interface PostRepository extends ListCrudRepository<Post, Long>, PostPageQueries {

	/**
	 * Answered by the row mapper of {@link PostPageQueries}, not by Spring Data's entity
	 * mapping.
	 */
	@Override
	Optional<Post> findById(Long id);

	/**
	 * By the row mapper of {@link PostPageQueries}, in one statement whatever the number
	 * of ids.
	 */
	@Override
	List<Post> findAllById(Iterable<Long> ids);

}
