package dev.inkwell.post;

import dev.inkwell.author.Author;
import dev.inkwell.author.AuthorLoader;
import dev.inkwell.relay.Lists;
import dev.inkwell.relay.PerParentList;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/**
 * The author ⇄ post relationship, both directions, like an ORM's attribute and backref.
 * Both are batched: a list of 50 posts costs one SELECT for their authors, and 50
 * authors' pages of posts cost one SELECT, never one per row.
 */
@Controller
class AuthorPostsController implements RuntimeWiringConfigurer {

	private final AuthorLoader authors;

	private final PerParentList<Post> postsOfAuthor;

	AuthorPostsController(AuthorLoader authors, PostRepository posts, Lists lists) {
		this.authors = authors;
		this.postsOfAuthor = lists.perParent("Author.posts", PostRows.BY_AUTHOR, PostRows::edge,
				posts::countByAuthorIds);
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type(PostController.TYPE, type -> type.dataFetcher("author", authors.field(Post::authorId)));
		wiring.type("Author", type -> type.dataFetcher("posts", postsOfAuthor.field(Author::id)));
	}

}
