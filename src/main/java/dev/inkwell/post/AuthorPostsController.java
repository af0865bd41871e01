package dev.inkwell.post;

import dev.inkwell.author.Author;
import dev.inkwell.author.AuthorLoader;
import dev.inkwell.relay.FieldWiring;
import dev.inkwell.relay.PagedField;

import org.springframework.stereotype.Controller;

/**
 * The author ⇄ post relationship, both directions, like an ORM's attribute and backref.
 * Both are batched: a list of 50 posts costs one SELECT for their authors, and 50
 * authors' pages of posts cost one SELECT, never one per row.
 */
@Controller
class AuthorPostsController {

	AuthorPostsController(AuthorLoader authors, PostRepository posts, FieldWiring fields) {
		fields.field(PostController.TYPE, "author", authors.field(Post::authorId));
		fields.paged(PagedField.of("Author", "posts", Post.class, PostRows.BY_AUTHOR, PostRows::post,
				posts::countByAuthorIds), Author::id);
	}

}
