package dev.inkwell.post;

import org.springframework.data.repository.ListCrudRepository;

/** Posts by id (Spring Data JDBC) plus the native keyset and per-author paging queries. */
public interface PostRepository extends ListCrudRepository<Post, Long>, PostPageQueries {
}
