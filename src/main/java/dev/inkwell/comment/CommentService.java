package dev.inkwell.comment;

import java.time.OffsetDateTime;
import java.util.function.UnaryOperator;

import dev.inkwell.account.Permissions;
import dev.inkwell.account.Role;
import dev.inkwell.account.Viewer;
import dev.inkwell.errors.ConflictException;
import dev.inkwell.errors.InvalidInputException;
import dev.inkwell.errors.NotFoundException;
import dev.inkwell.post.PostRepository;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing comments: who may (its author; MODERATOR hides, ADMIN also deletes), one
 * transaction each. Counters, depth and the same-post rule are the database's (triggers
 * and constraints).
 */
@Service
class CommentService {

	private final CommentRepository comments;

	private final PostRepository posts;

	private final Permissions permissions;

	/**
	 * update(), not save(): rows written by SQL start at version 0, which save() would
	 * take for new.
	 */
	private final JdbcAggregateTemplate aggregates;

	CommentService(CommentRepository comments, PostRepository posts, Permissions permissions,
			JdbcAggregateTemplate aggregates) {
		this.comments = comments;
		this.posts = posts;
		this.permissions = permissions;
		this.aggregates = aggregates;
	}

	@Transactional
	Comment add(Viewer viewer, long postId, Long parentId, String body) {
		permissions.requireSignedIn(viewer);
		if (!posts.existsById(postId)) {
			throw new NotFoundException("postId", "No post with this id");
		}
		if (parentId != null) {
			Comment parent = comments.findById(parentId)
				.orElseThrow(() -> new NotFoundException("parentId", "No comment with this id"));
			if (parent.postId() != postId) {
				throw new InvalidInputException("parentId", "The parent must be a comment of the same post");
			}
		}
		Comment saved = comments.save(Comment.draft(postId, viewer.authorId(), parentId, body));
		return comments.findById(saved.id()).orElseThrow();
	}

	@Transactional
	Comment edit(Viewer viewer, long id, EditCommentInput input) {
		Comment comment = existing(id);
		permissions.requireOwner(viewer, comment.authorId());
		if (comment.deleted()) {
			throw new InvalidInputException("id", "A deleted comment cannot be edited");
		}
		if (comment.version() != input.version()) {
			throw ConflictException.staleVersion("comment", comment.version());
		}
		return write(comment, input.version(), current -> current.withBody(input.body()));
	}

	/** Keeps the row (and so the thread's shape): the body goes, the replies stay. */
	@Transactional
	Comment delete(Viewer viewer, long id) {
		Comment comment = existing(id);
		permissions.requireOwnerOr(viewer, comment.authorId(), Role.ADMIN);
		if (comment.deleted()) {
			return comment;
		}
		return write(comment, comment.version(), current -> current.withBody("").withDeletedAt(OffsetDateTime.now()));
	}

	@Transactional
	Comment setHidden(Viewer viewer, long id, boolean hidden) {
		permissions.requireRole(viewer, Role.MODERATOR);
		Comment comment = existing(id);
		if (comment.hidden() == hidden) {
			return comment;
		}
		return write(comment, comment.version(), current -> current.withHiddenAt(hidden ? OffsetDateTime.now() : null));
	}

	private Comment existing(long id) {
		return comments.findById(id).orElseThrow(() -> new NotFoundException("id", "No comment with this id"));
	}

	/**
	 * Saves a change made from {@code version}; a concurrent change in between is a
	 * CONFLICT, never a lost update.
	 */
	private Comment write(Comment comment, int version, UnaryOperator<Comment> change) {
		try {
			aggregates.update(change.apply(comment));
		}
		catch (OptimisticLockingFailureException ex) {
			throw ConflictException.staleVersion("comment",
					comments.findById(comment.id()).map(Comment::version).orElse(version));
		}
		return comments.findById(comment.id()).orElseThrow();
	}

}
