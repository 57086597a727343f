package dev.dealgraph.importing.csv;

/** The character between values; a file without one named is judged by its header. */
public enum CsvSeparator {

	COMMA(','), SEMICOLON(';'), TAB('\t');

	private final char character;

	CsvSeparator(char character) {
		this.character = character;
	}

	char character() {
		return this.character;
	}

	/**
	 * The separator used most often in the header line, outside quotes; comma on a tie.
	 */
	static CsvSeparator guess(String text) {
		int[] counts = new int[values().length];
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			}
			else if (!quoted) {
				for (CsvSeparator separator : values()) {
					counts[separator.ordinal()] += (c == separator.character) ? 1 : 0;
				}
			}
		}
		CsvSeparator best = COMMA;
		for (CsvSeparator separator : values()) {
			if (counts[separator.ordinal()] > counts[best.ordinal()]) {
				best = separator;
			}
		}
		return best;
	}

}
