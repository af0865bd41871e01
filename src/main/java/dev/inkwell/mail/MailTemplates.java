package dev.inkwell.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Mail made from the templates in {@code src/main/resources/mail/}: {@code <kind>.txt} (a
 * {@code Subject:} line, a blank line, the plain-text body) and {@code <kind>.html}.
 * {@code {{name}}} is replaced by a value, HTML-escaped in the HTML body; a placeholder
 * without a value fails, so a template and its caller cannot drift apart silently.
 */
@Component
public class MailTemplates {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

	private static final String SUBJECT = "Subject: ";

	/** Templates are files of the jar: read once, never changed. */
	private final Map<String, String> sources = new ConcurrentHashMap<>();

	/** The mail of template {@code kind} to {@code recipient}, with {@code values}. */
	public Mail render(String kind, String recipient, Map<String, String> values) {
		String text = fill(source(kind + ".txt"), values, false);
		if (!text.startsWith(SUBJECT) || !text.contains("\n\n")) {
			throw new IllegalStateException(
					"mail/" + kind + ".txt must start with a 'Subject: ' line and a blank line");
		}
		int end = text.indexOf('\n');
		String subject = text.substring(SUBJECT.length(), end).strip();
		String body = text.substring(text.indexOf("\n\n") + 2);
		return new Mail(kind, recipient, subject, body, fill(source(kind + ".html"), values, true));
	}

	private String source(String name) {
		return sources.computeIfAbsent(name, (file) -> {
			try {
				return new ClassPathResource("mail/" + file).getContentAsString(StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("No mail template mail/" + file, ex);
			}
		});
	}

	private static String fill(String template, Map<String, String> values, boolean html) {
		Matcher placeholder = PLACEHOLDER.matcher(template);
		StringBuilder filled = new StringBuilder();
		while (placeholder.find()) {
			String value = values.get(placeholder.group(1));
			if (value == null) {
				throw new IllegalArgumentException("No value for {{" + placeholder.group(1) + "}}");
			}
			placeholder.appendReplacement(filled, Matcher.quoteReplacement(html ? HtmlUtils.htmlEscape(value) : value));
		}
		placeholder.appendTail(filled);
		return filled.toString();
	}

}
