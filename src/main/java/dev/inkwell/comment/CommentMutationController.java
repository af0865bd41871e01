package dev.inkwell.comment;

import dev.inkwell.account.Viewer;
import dev.inkwell.relay.GlobalId;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * addComment, editComment, deleteComment, hideComment, unhideComment; CommentService
 * decides who may.
 */
@Controller
class CommentMutationController {

	private static final String POST_TYPE = "Post";

	private final CommentService service;

	CommentMutationController(CommentService service) {
		this.service = service;
	}

	@MutationMapping
	Comment addComment(@Argument @Valid AddCommentInput input,
			@ContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer viewer) {
		long postId = GlobalId.decode(input.postId(), POST_TYPE, "postId");
		Long parentId = input.parentId() == null ? null
				: GlobalId.decode(input.parentId(), CommentController.TYPE, "parentId");
		return service.add(viewer, postId, parentId, input.body());
	}

	@MutationMapping
	Comment editComment(@Argument @Valid EditCommentInput input,
			@ContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer viewer) {
		return service.edit(viewer, GlobalId.decode(input.id(), CommentController.TYPE, "id"), input);
	}

	@MutationMapping
	Comment deleteComment(@Argument String id,
			@ContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer viewer) {
		return service.delete(viewer, GlobalId.decode(id, CommentController.TYPE, "id"));
	}

	@MutationMapping
	Comment hideComment(@Argument String id, @ContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer viewer) {
		return service.setHidden(viewer, GlobalId.decode(id, CommentController.TYPE, "id"), true);
	}

	@MutationMapping
	Comment unhideComment(@Argument String id,
			@ContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer viewer) {
		return service.setHidden(viewer, GlobalId.decode(id, CommentController.TYPE, "id"), false);
	}

}
