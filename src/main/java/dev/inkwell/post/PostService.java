package dev.inkwell.post;

import dev.inkwell.account.Permissions;
import dev.inkwell.account.Role;
import dev.inkwell.account.Viewer;
import dev.inkwell.errors.ConflictException;
import dev.inkwell.errors.NotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing posts: who may (the author; an ADMIN may also delete), in one transaction each,
 * with the body's HTML rendered once on write instead of on every read.
 */
@Service
class PostService {

	private final PostRepository posts;

	private final Permissions permissions;

	private final MarkdownRenderer markdown;

	/**
	 * update(), not save(): rows written by SQL start at version 0, which save() would
	 * take for new and insert.
	 */
	private final JdbcAggregateTemplate aggregates;

	PostService(PostRepository posts, Permissions permissions, MarkdownRenderer markdown,
			JdbcAggregateTemplate aggregates) {
		this.posts = posts;
		this.aggregates = aggregates;
		this.permissions = permissions;
		this.markdown = markdown;
	}

	@Transactional
	Post create(Viewer viewer, CreatePostInput input) {
		permissions.requireSignedIn(viewer);
		Post saved = posts
			.save(Post.draft(viewer.authorId(), input.title(), input.body(), markdown.render(input.body())));
		return posts.findById(saved.id()).orElseThrow();
	}

	/**
	 * Saved with the version the client read: Spring Data JDBC's {@code @Version} makes
	 * the UPDATE match only that version, so of concurrent updates from one version
	 * exactly one wins, even when all passed the check below; the others see no row
	 * updated and get CONFLICT.
	 */
	@Transactional
	Post update(Viewer viewer, long id, UpdatePostInput input) {
		permissions.requireSignedIn(viewer);
		Post post = posts.findById(id).orElseThrow(() -> new NotFoundException("id", "No post with this id"));
		permissions.requireOwner(viewer, post.authorId());
		if (post.version() != input.version()) {
			throw ConflictException.staleVersion("post", post.version());
		}
		String title = input.title() == null ? post.title() : input.title();
		String body = input.body() == null ? post.body() : input.body();
		try {
			aggregates.update(post.withContent(title, body, markdown.render(body)).withVersion(input.version()));
		}
		catch (OptimisticLockingFailureException ex) {
			throw ConflictException.staleVersion("post", posts.findById(id).map(Post::version).orElse(input.version()));
		}
		return posts.findById(id).orElseThrow();
	}

	@Transactional
	long delete(Viewer viewer, long id) {
		permissions.requireSignedIn(viewer);
		Post post = posts.findById(id).orElseThrow(() -> new NotFoundException("id", "No post with this id"));
		permissions.requireOwnerOr(viewer, post.authorId(), Role.ADMIN);
		posts.deleteById(id);
		return id;
	}

}
