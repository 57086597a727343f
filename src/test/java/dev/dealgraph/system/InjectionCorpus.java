package dev.dealgraph.system;

import java.util.ArrayList;
import java.util.List;

/**
 * The values the injection corpus sends into every text field and parameter: Cypher
 * fragments, unicode edge cases, control bytes, strings over each cap and one of
 * megabytes, and id look-alikes. What free text must take as it is follows the README:
 * any text without unpaired surrogates or control characters other than tab and line
 * breaks, up to the field's cap counted in code points, not blank where a value is
 * required.
 */
final class InjectionCorpus {

	/**
	 * One value of the corpus; {@code structural} ones change a path's shape if sent raw.
	 */
	record Value(String label, String text, boolean structural) {

		/** Whether a free-text field capped at {@code cap} must store it as it is. */
		boolean fitsText(int cap, boolean required) {
			return !unsafe(this.text) && this.text.codePointCount(0, this.text.length()) <= cap
					&& !(required && this.text.isBlank());
		}

		/**
		 * The value as a JSON string, every character outside printable ASCII escaped.
		 */
		String json() {
			return literal(this.text);
		}

	}

	/** Far over every cap and the header limit, well under the body limit. */
	static final int MEGABYTES = 2_000_000;

	private InjectionCorpus() {
	}

	/** The corpus for a text field or parameter capped at {@code cap} code points. */
	static List<Value> strings(int cap) {
		List<Value> values = new ArrayList<>();
		values.add(new Value("cypher quote", "x' OR 1=1 //", false));
		values.add(new Value("cypher break-out", "\"}) MATCH (n) DETACH DELETE n //", false));
		values.add(new Value("cypher backticks", "`Person` {id: 'x'}) RETURN 1 //", false));
		values.add(new Value("cypher parameter", "$param", false));
		values.add(new Value("cypher call", "'); CALL dbms.components() YIELD name RETURN name //", false));
		values.add(new Value("quotes", "it's \"quoted\"", false));
		values.add(new Value("chinese", "王建国", false));
		values.add(new Value("emoji", "😀🚀", false));
		values.add(new Value("zero-width joiner", "👩\u200d👩\u200d👧", false));
		values.add(new Value("zero-width space", "\u200b", false));
		values.add(new Value("right-to-left override", "\u202etxt.exe", false));
		values.add(new Value("combining marks", "e\u0301\u0302\u0303", false));
		values.add(new Value("full-width digits", "１２３", false));
		values.add(new Value("tab and line breaks", "a\tb\nc\r\nd", false));
		values.add(new Value("slash", "a/b", true));
		values.add(new Value("encoded slash", "a%2Fb", false));
		values.add(new Value("dot dot", "..", true));
		values.add(new Value("dot", ".", true));
		values.add(new Value("spaces", " a b ", false));
		values.add(new Value("empty", "", false));
		values.add(new Value("cap of emoji", "😀".repeat(cap), false));
		values.add(new Value("unpaired high surrogate", "\ud800", false));
		values.add(new Value("unpaired low surrogate", "a\udc00b", false));
		values.add(new Value("reversed surrogates", "\ude00\ud83d", false));
		values.add(new Value("NUL", "a\u0000b", false));
		values.add(new Value("escape", "\u001b[31mred", false));
		values.add(new Value("bell", "bell\u0007", false));
		values.add(new Value("delete", "del\u007f", false));
		values.add(new Value("over the cap", "a".repeat(cap + 1), false));
		values.add(new Value("emoji over the cap", "😀".repeat(cap + 1), false));
		values.add(new Value("combining marks over the cap", "e" + "\u0301".repeat(cap), false));
		return values;
	}

	/** One string of megabytes, sent once into each body and each parameter. */
	static Value megabytes() {
		return new Value("megabytes", "a".repeat(MEGABYTES), false);
	}

	/** What goes where a number, a date or a boolean is expected. */
	static List<Value> notText() {
		return List.of(new Value("full-width digits", "１２３", false), new Value("full-width date", "２０２６-０１-０１", false),
				new Value("digits as text", "123", false), new Value("cypher quote", "x' OR 1=1 //", false),
				new Value("NUL", "\u0000", false));
	}

	static boolean unsafe(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
				return true;
			}
		}
		return false;
	}

	/** A JSON string literal that keeps even an unpaired surrogate, escaped. */
	static String literal(String text) {
		StringBuilder json = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c >= 0x20 && c < 0x7f) {
				json.append(c);
			}
			else {
				json.append(String.format("\\u%04x", (int) c));
			}
		}
		return json.append('"').toString();
	}

}
