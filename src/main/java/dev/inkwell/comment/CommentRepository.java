package dev.inkwell.comment;

import org.springframework.data.repository.ListCrudRepository;

/** Comments by id (Spring Data JDBC) plus the native per-parent page and thread queries. */
interface CommentRepository extends ListCrudRepository<Comment, Long>, CommentPageQueries, ThreadQueries {
}
