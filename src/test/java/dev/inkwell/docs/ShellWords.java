package dev.inkwell.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * A shell snippet split into simple commands and their words, the way a POSIX shell
 * splits them: single and double quotes (which may span lines), backslash escapes and
 * line continuations, {@code #} comments; a newline, {@code ;}, {@code |}, {@code &},
 * {@code <} or {@code >} outside quotes ends a command. Variables are not expanded.
 */
final class ShellWords {

	private final String script;

	private final List<Command> commands = new ArrayList<>();

	private final List<String> words = new ArrayList<>();

	private final StringBuilder word = new StringBuilder();

	private boolean inWord;

	private int line;

	private int commandLine;

	private int at;

	private ShellWords(String script) {
		this.script = script;
	}

	/** A simple command: its words and the line (0-based) where it starts. */
	record Command(int line, List<String> words) {

	}

	static List<Command> commands(String script) {
		ShellWords splitter = new ShellWords(script);
		splitter.split();
		return splitter.commands;
	}

	private void split() {
		while (at < script.length()) {
			char c = script.charAt(at);
			if (c == '\\' && peek(1) == '\n') {
				line++;
				at += 2;
			}
			else if ("\n;|&<>".indexOf(c) >= 0) {
				endCommand();
				line += (c == '\n') ? 1 : 0;
				at++;
			}
			else if (c == ' ' || c == '\t') {
				endWord();
				at++;
			}
			else if (c == '#' && !inWord) {
				while (at < script.length() && script.charAt(at) != '\n') {
					at++;
				}
			}
			else {
				startWord();
				readWordPart(c);
			}
		}
		endCommand();
	}

	private void readWordPart(char c) {
		at++;
		if (c == '\'') {
			while (at < script.length() && script.charAt(at) != '\'') {
				append(script.charAt(at++));
			}
			at++;
		}
		else if (c == '"') {
			while (at < script.length() && script.charAt(at) != '"') {
				char inside = script.charAt(at++);
				if (inside == '\\' && "\"\\$`\n".indexOf(peek(0)) >= 0 && at < script.length()) {
					char escaped = script.charAt(at++);
					if (escaped != '\n') {
						word.append(escaped);
					}
					else {
						line++;
					}
				}
				else {
					append(inside);
				}
			}
			at++;
		}
		else if (c == '\\' && at < script.length()) {
			append(script.charAt(at++));
		}
		else {
			word.append(c);
		}
	}

	private void append(char c) {
		word.append(c);
		line += (c == '\n') ? 1 : 0;
	}

	private char peek(int offset) {
		int index = at + offset;
		return (index < script.length()) ? script.charAt(index) : 0;
	}

	private void startWord() {
		if (!inWord && words.isEmpty()) {
			commandLine = line;
		}
		inWord = true;
	}

	private void endWord() {
		if (inWord) {
			words.add(word.toString());
			word.setLength(0);
			inWord = false;
		}
	}

	private void endCommand() {
		endWord();
		if (!words.isEmpty()) {
			commands.add(new Command(commandLine, List.copyOf(words)));
			words.clear();
		}
	}

}
