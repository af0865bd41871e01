package dev.inkwell.post;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.inkwell.author.Author;
import dev.inkwell.author.AuthorRepository;
import dev.inkwell.relay.Connection;
import dev.inkwell.relay.Lists;
import dev.inkwell.relay.PerParentList;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The author ⇄ post relationship, both directions, like an ORM's attribute and backref.
 * Both are batched: a list of 50 posts costs one SELECT for their authors, and 50
 * authors' pages of posts cost one SELECT, never one per row.
 */
@Controller
class AuthorPostsController {

	private final AuthorRepository authors;

	private final PerParentList<Post> postsOfAuthor;

	AuthorPostsController(AuthorRepository authors, PostRepository posts, Lists lists) {
		this.authors = authors;
		this.postsOfAuthor = lists.perParent("Author.posts", PostRows.BY_AUTHOR, PostRows::edge,
				posts::countByAuthorIds);
	}

	@BatchMapping
	Map<Post, Author> author(List<Post> posts) {
		Map<Long, Author> byId = authors.findAllById(posts.stream().map(Post::authorId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Author::id, Function.identity()));
		return posts.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(), post -> byId.get(post.authorId())));
	}

	@SchemaMapping
	CompletableFuture<Connection<Post>> posts(Author author, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		return postsOfAuthor.load(author.id(), first, after, env);
	}

}
