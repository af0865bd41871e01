package dev.inkwell.tag;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.inkwell.account.Permissions;
import dev.inkwell.account.Role;
import dev.inkwell.account.Viewer;
import dev.inkwell.errors.InputText;
import dev.inkwell.errors.NotFoundException;
import dev.inkwell.graphql.SourceFields;
import dev.inkwell.post.Post;
import dev.inkwell.post.PostRepository;
import dev.inkwell.post.PostRows;
import dev.inkwell.relay.Connection;
import dev.inkwell.relay.Cursor;
import dev.inkwell.relay.GlobalId;
import dev.inkwell.relay.FieldWiring;
import dev.inkwell.relay.NodeLookup;
import dev.inkwell.relay.Page;
import dev.inkwell.relay.PagingProperties;
import dev.inkwell.relay.PagedField;
import dev.inkwell.relay.TotalCount;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Tags, and the post ⇄ tag relationship in both directions (post_tag's foreign keys live
 * here): Post.tags is one SELECT per level, Tag.posts one per level for all tags' pages.
 */
@Controller
class TagController implements NodeLookup {

	static final String TYPE = "Tag";

	private final TagRepository tags;

	private final PostRepository posts;

	private final Permissions permissions;

	private final PagingProperties paging;

	private final Validator validator;

	private final TotalCount allTags;

	TagController(TagRepository tags, PostRepository posts, Permissions permissions, PagingProperties paging,
			Validator validator, FieldWiring fields) {
		this.tags = tags;
		this.posts = posts;
		this.permissions = permissions;
		this.paging = paging;
		this.validator = validator;
		this.allTags = fields.wholeList("Query", "tags", tags::count);
		fields.paged(
				PagedField.of(TYPE, "posts", Post.class, TagRepository.POSTS_OF_TAG, PostRows::post, tags::countPosts),
				Tag::id);
		fields.field(TYPE, "id", SourceFields.read((Tag tag) -> GlobalId.encode(TYPE, tag.id())));
	}

	@QueryMapping
	Tag tag(@Argument String name) {
		return tags.findByName(InputText.trimmed(name)).orElse(null);
	}

	@QueryMapping
	Connection<Tag> tags(@Argument Integer first, @Argument String after) {
		Page page = paging.page(first, after);
		Long afterId = after == null ? null : Cursor.decodeId(after, "after");
		return Connection.fromRows(tags.findPageByName(afterId, page.limit()), page, tag -> Cursor.encode(tag.id()),
				allTags);
	}

	@BatchMapping
	Map<Post, List<Tag>> tags(List<Post> page) {
		Map<Long, List<Tag>> byPost = tags.findByPostIds(page.stream().map(Post::id).distinct().toList());
		return page.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(), post -> byPost.getOrDefault(post.id(), List.of())));
	}

	/**
	 * The post's author or an ADMIN; a post's author never changes, so checking before
	 * the write is safe.
	 */
	@MutationMapping
	Post setPostTags(@Argument String postId, @Argument List<String> names,
			@ContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer viewer) {
		permissions.requireSignedIn(viewer);
		long id = GlobalId.decode(postId, "Post", "postId");
		TagNames wanted = new TagNames(names);
		var invalid = validator.validate(wanted);
		if (!invalid.isEmpty()) {
			throw new ConstraintViolationException(invalid);
		}
		Post post = posts.findById(id).orElseThrow(() -> new NotFoundException("postId", "No post with this id"));
		permissions.requireOwnerOr(viewer, post.authorId(), Role.ADMIN);
		if (!tags.replaceTagsOfPost(id, wanted.names())) {
			throw new NotFoundException("postId", "No post with this id");
		}
		return post;
	}

	@Override
	public String typeName() {
		return TYPE;
	}

	@Override
	public Optional<Tag> findById(long id) {
		return tags.findById(id);
	}

}
