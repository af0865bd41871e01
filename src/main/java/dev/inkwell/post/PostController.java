package dev.inkwell.post;

import java.util.List;
import java.util.Optional;

import dev.inkwell.author.Author;
import dev.inkwell.author.AuthorLoader;
import dev.inkwell.relay.Connection;
import dev.inkwell.relay.GlobalId;
import dev.inkwell.relay.FieldWiring;
import dev.inkwell.relay.NodeLookup;
import dev.inkwell.relay.Page;
import dev.inkwell.relay.PagingProperties;
import dev.inkwell.relay.PerParentList;
import dev.inkwell.projection.SelectedFields;
import dev.inkwell.graphql.SourceFields;
import dev.inkwell.relay.TimeKeyCursor;
import dev.inkwell.relay.TotalCount;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Query.post, Query.posts and the fields of a post and of its connections. */
@Controller
class PostController implements NodeLookup {

	static final String TYPE = "Post";

	private static final String SELECTS_AUTHORS = "edges/node/author";

	private final PostRepository posts;

	private final PagingProperties paging;

	private final TotalCount allPosts;

	PostController(PostRepository posts, PagingProperties paging, FieldWiring fields) {
		this.posts = posts;
		this.paging = paging;
		this.allPosts = fields.wholeList("Query", "posts", posts::count);
		fields.field(TYPE, "id", SourceFields.read((Post post) -> GlobalId.encode(TYPE, post.id())));
	}

	@QueryMapping
	Post post(@Argument String id) {
		return posts.findById(GlobalId.decode(id, TYPE, "id")).orElse(null);
	}

	/**
	 * When the client selects the posts' authors, they come in the same statement and
	 * prime Post.author's DataLoader, so that field costs no statement.
	 */
	@QueryMapping
	Connection<Post> posts(@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		Page page = paging.page(first, after);
		TimeKeyCursor cursor = TimeKeyCursor.decode(after);
		SelectedFields selected = SelectedFields.in(env.getGraphQlContext());
		List<Post> rows;
		if (PerParentList.selects(env, SELECTS_AUTHORS)) {
			DataLoader<Long, Author> authors = AuthorLoader.BY_ID.primedIn(env);
			List<PostRows.WithAuthor> joined = posts.findNewestWithAuthors(page, cursor, selected);
			joined.forEach(row -> authors.prime(row.author().id(), row.author()));
			rows = joined.stream().map(PostRows.WithAuthor::post).toList();
		}
		else {
			rows = posts.findNewest(page, cursor, selected);
		}
		return Connection.fromRows(rows, page, PostRows::cursor, allPosts);
	}

	@Override
	public String typeName() {
		return TYPE;
	}

	@Override
	public Optional<Post> findById(long id) {
		return posts.findById(id);
	}

}
