package dev.inkwell.post;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

import org.springframework.stereotype.Component;

/**
 * Markdown to HTML that is safe to put in a page: commonmark renders (raw HTML in the
 * Markdown is escaped, not passed through), then jsoup keeps only a safelist of tags and
 * attributes. Two layers, because a renderer's escaping alone has let hostile input
 * through before.
 */
@Component
public class MarkdownRenderer {

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	/**
	 * Formatting, lists, quotes, code, tables and images; links only to http, https and
	 * mailto, and each link tells browsers and crawlers not to lend it the site's
	 * credibility or window.
	 */
	private final Safelist safelist = Safelist.relaxed()
		.removeProtocols("a", "href", "ftp")
		.addEnforcedAttribute("a", "rel", "nofollow noopener");

	private final Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);

	public String render(String markdown) {
		String html = renderer.render(parser.parse(markdown));
		return Jsoup.clean(html, "", safelist, output);
	}

}
