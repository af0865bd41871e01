package dev.inkwell.docs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.inkwell.docs.Example.Curl;
import dev.inkwell.docs.Example.Embedded;
import dev.inkwell.docs.Example.Misplaced;
import dev.inkwell.docs.Example.Operation;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The examples of one Markdown file, top to bottom, found in its fenced code blocks
 * (CommonMark, so a block inside a list item counts and a block shown inside a longer
 * fence does not).
 */
final class MarkdownExamples {

	private static final Parser markdown = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

	private static final Set<String> SHELLS = Set.of("sh", "bash", "shell", "zsh", "console");

	private static final Set<String> SCRIPTS = Set.of("js", "javascript", "jsx", "ts", "typescript", "tsx");

	/** {@code query: `…`} or {@code gql`…`} (also {@code gql(`…`)}). */
	private static final Pattern TEMPLATE_LITERAL = Pattern
		.compile("(?:\\bquery\\s*:\\s*|\\bgql\\s*\\(?\\s*)`([^`]*)`");

	private MarkdownExamples() {
	}

	static List<Example> read(String file, String text) {
		List<FencedCodeBlock> blocks = new ArrayList<>();
		markdown.parse(text).accept(new AbstractVisitor() {
			@Override
			public void visit(FencedCodeBlock block) {
				blocks.add(block);
			}
		});
		List<Example> examples = new ArrayList<>();
		FencedCodeBlock previous = null;
		for (FencedCodeBlock block : blocks) {
			read(file, block, previous, examples);
			previous = block;
		}
		return examples;
	}

	private static void read(String file, FencedCodeBlock block, FencedCodeBlock previous, List<Example> examples) {
		List<String> info = Arrays.asList(block.getInfo().trim().split("\\s+"));
		String language = info.get(0).toLowerCase();
		int fence = block.getSourceSpans().get(0).getLineIndex() + 1;
		String code = block.getLiteral();
		if (language.equals("graphql")) {
			String expected = info.stream()
				.filter(word -> word.startsWith("expect="))
				.map(word -> word.substring("expect=".length()))
				.findFirst()
				.orElse(null);
			examples.add(new Operation(file, fence, code, null, expected));
		}
		else if (language.equals("json") && info.contains("variables")) {
			attachVariables(file, fence, code, previous, examples);
		}
		else if (SHELLS.contains(language)) {
			for (ShellCurl.Located curl : ShellCurl.requests(code)) {
				examples.add(new Curl(file, fence + 1 + curl.line(), curl.request()));
			}
		}
		else if (SCRIPTS.contains(language)) {
			Matcher literal = TEMPLATE_LITERAL.matcher(code);
			while (literal.find()) {
				// A literal that interpolates (fragments, variables) is not a whole
				// document.
				if (!literal.group(1).contains("${")) {
					int line = fence + 1
							+ (int) code.substring(0, literal.start()).chars().filter(c -> c == '\n').count();
					examples.add(new Embedded(file, line, literal.group(1)));
				}
			}
		}
	}

	private static void attachVariables(String file, int line, String json, FencedCodeBlock previous,
			List<Example> examples) {
		Example last = examples.isEmpty() ? null : examples.get(examples.size() - 1);
		boolean follows = previous != null && previous.getInfo().trim().split("\\s+")[0].equalsIgnoreCase("graphql");
		if (follows && last instanceof Operation operation && operation.variables() == null) {
			examples.set(examples.size() - 1, operation.withVariables(json));
		}
		else {
			examples
				.add(new Misplaced(file, line, "a ```json variables block must come right after a ```graphql block"));
		}
	}

}
