package dev.inkwell.post;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Post.bodyHtml: rendered when the post is written; rows written before that (demo data,
 * imports) render on read.
 */
@Controller
class PostHtmlController {

	private final MarkdownRenderer markdown;

	PostHtmlController(MarkdownRenderer markdown) {
		this.markdown = markdown;
	}

	@SchemaMapping
	String bodyHtml(Post post) {
		return post.bodyHtml() != null ? post.bodyHtml() : markdown.render(post.body());
	}

}
