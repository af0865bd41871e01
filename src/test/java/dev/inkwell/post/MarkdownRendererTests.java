package dev.inkwell.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile Markdown renders to HTML without scripts, event handlers or dangerous links.
 */
class MarkdownRendererTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void shouldRenderMarkdown() {
		String html = renderer
			.render("# Title\n\nSome *emphasis*, `code` and a [link](https://example.com/a?b=c).\n\n- one\n- two");

		assertThat(html).contains("<h1>Title</h1>", "<em>emphasis</em>", "<code>code</code>", "<li>one</li>")
			.contains("<a href=\"https://example.com/a?b=c\" rel=\"nofollow noopener\">link</a>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "Text <script src=https://evil.example/x.js></script> more",
			"<img src=x onerror=alert(1)>", "<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>",
			"[click](javascript:alert(1))", "[click](JaVaScRiPt:alert(1))", "[click](  javascript:alert(1))",
			"![img](javascript:alert(1))", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
			"<svg onload=alert(1)>", "<iframe src=\"https://evil.example\"></iframe>", "[x](vbscript:msgbox(1))",
			"<div style=\"background:url(javascript:alert(1))\">x</div>", "<<script>script>alert(1)<</script>/script>",
			"[x](&#106;avascript:alert(1))", "<a href='jav&#x09;ascript:alert(1)'>x</a>" })
	void shouldNeverLetScriptsEventHandlersOrDangerousLinksThrough(String hostile) {
		assertSafe(renderer.render(hostile));
	}

	/**
	 * Checked on the parsed HTML, as a browser reads it: hostile text shown escaped is
	 * harmless.
	 */
	static void assertSafe(String html) {
		Document document = Jsoup.parseBodyFragment(html);
		assertThat(document.body().select("script, iframe, svg, style, object, embed, form, input")).isEmpty();
		for (Element element : document.body().getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				assertThat(attribute.getKey()).doesNotStartWithIgnoringCase("on").isNotEqualToIgnoringCase("style");
				if (attribute.getKey().equals("href") || attribute.getKey().equals("src")) {
					assertThat(attribute.getValue().strip().toLowerCase()).matches("(https?|mailto):.*");
				}
			}
		}
	}

	@Test
	void shouldEscapeRawHtmlAsText() {
		assertThat(renderer.render("<b onclick=x>hi</b>")).isEqualTo("<p>&lt;b onclick=x&gt;hi&lt;/b&gt;</p>\n");
	}

	@Test
	void shouldKeepOnlyHttpHttpsAndMailtoLinks() {
		assertThat(renderer
			.render("[a](http://a.example) [b](mailto:me@example.com) [c](ftp://c.example) [d](file:///etc/passwd)"))
			.contains("href=\"http://a.example\"", "href=\"mailto:me@example.com\"")
			.doesNotContain("ftp:", "file:");
	}

	@Test
	void shouldMarkEveryLinkNofollowNoopener() {
		assertThat(renderer.render("<https://example.com> and [b](https://b.example \"title\")"))
			.doesNotContainPattern("<a (?![^>]*rel=\"nofollow noopener\")[^>]*>");
	}

}
