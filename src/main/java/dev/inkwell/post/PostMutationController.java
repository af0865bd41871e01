package dev.inkwell.post;

import dev.inkwell.account.Viewer;
import dev.inkwell.relay.GlobalId;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * createPost, updatePost, deletePost: the signed-in author writes; PostService decides
 * who may.
 */
@Controller
class PostMutationController {

	private final PostService service;

	PostMutationController(PostService service) {
		this.service = service;
	}

	@MutationMapping
	Post createPost(@Argument @Valid CreatePostInput input,
			@ContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer viewer) {
		return service.create(viewer, input);
	}

	@MutationMapping
	Post updatePost(@Argument @Valid UpdatePostInput input,
			@ContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer viewer) {
		return service.update(viewer, GlobalId.decode(input.id(), PostController.TYPE, "id"), input);
	}

	@MutationMapping
	DeletePayload deletePost(@Argument String id,
			@ContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer viewer) {
		long deleted = service.delete(viewer, GlobalId.decode(id, PostController.TYPE, "id"));
		return new DeletePayload(GlobalId.encode(PostController.TYPE, deleted));
	}

}
