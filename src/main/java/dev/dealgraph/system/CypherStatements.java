package dev.dealgraph.system;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Cypher script into statements at each semicolon that is not inside a string
 * literal (single or double quotes, backslash escapes), a backtick identifier (a doubled
 * backtick inside) or a comment (a line comment or a block comment). Comments are
 * dropped, a block comment leaving a space so the tokens either side stay apart;
 * statements are trimmed and empty ones skipped.
 */
final class CypherStatements {

	private CypherStatements() {
	}

	static List<String> split(String script) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int line = 1;
		int i = 0;
		while (i < script.length()) {
			char c = script.charAt(i);
			char next = (i + 1 < script.length()) ? script.charAt(i + 1) : '\0';
			if (c == '\'' || c == '"') {
				int end = endOfString(script, i, line);
				current.append(script, i, end);
				line += newlines(script, i, end);
				i = end;
			}
			else if (c == '`') {
				int end = endOfIdentifier(script, i, line);
				current.append(script, i, end);
				line += newlines(script, i, end);
				i = end;
			}
			else if (c == '/' && next == '/') {
				int end = script.indexOf('\n', i);
				i = (end < 0) ? script.length() : end;
			}
			else if (c == '/' && next == '*') {
				int end = script.indexOf("*/", i + 2);
				if (end < 0) {
					throw new IllegalArgumentException("Unterminated /* comment starting on line " + line);
				}
				current.append(' ');
				line += newlines(script, i, end);
				i = end + 2;
			}
			else if (c == ';') {
				add(current, statements);
				i++;
			}
			else {
				if (c == '\n') {
					line++;
				}
				current.append(c);
				i++;
			}
		}
		add(current, statements);
		return List.copyOf(statements);
	}

	/** The index just after the closing quote of the literal opening at {@code start}. */
	private static int endOfString(String script, int start, int line) {
		char quote = script.charAt(start);
		int i = start + 1;
		while (i < script.length()) {
			char c = script.charAt(i);
			if (c == '\\') {
				i += 2;
			}
			else if (c == quote) {
				return i + 1;
			}
			else {
				i++;
			}
		}
		throw new IllegalArgumentException("Unterminated string literal starting on line " + line);
	}

	private static int endOfIdentifier(String script, int start, int line) {
		int i = start + 1;
		while (i < script.length()) {
			if (script.charAt(i) == '`') {
				if (i + 1 < script.length() && script.charAt(i + 1) == '`') {
					i += 2;
					continue;
				}
				return i + 1;
			}
			i++;
		}
		throw new IllegalArgumentException("Unterminated backtick identifier starting on line " + line);
	}

	private static int newlines(String script, int from, int to) {
		int count = 0;
		for (int i = from; i < to; i++) {
			if (script.charAt(i) == '\n') {
				count++;
			}
		}
		return count;
	}

	private static void add(StringBuilder current, List<String> statements) {
		String statement = current.toString().strip();
		if (!statement.isEmpty()) {
			statements.add(statement);
		}
		current.setLength(0);
	}

}
