package dev.dealgraph.system;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Text only from JSON strings, and only text Neo4j stores as sent: a lone surrogate would
 * come back as {@code ?}, and control characters other than tab and line breaks are
 * invisible noise that breaks exports and Browser views.
 */
final class StrictText extends StdScalarDeserializer<String> {

	StrictText() {
		super(String.class);
	}

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		if (!parser.hasToken(JsonToken.VALUE_STRING)) {
			return (String) context.handleUnexpectedToken(String.class, parser);
		}
		String text = parser.getString();
		UnsafeTextException.Reason reason = problem(text);
		if (reason != null) {
			throw new UnsafeTextException(parser, reason);
		}
		return text;
	}

	@Override
	public LogicalType logicalType() {
		return LogicalType.Textual;
	}

	/** What makes the text unstorable, or null when it is fine. */
	static UnsafeTextException.@org.jspecify.annotations.Nullable Reason problem(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return UnsafeTextException.Reason.UNPAIRED_SURROGATE;
			}
			if (Character.isLowSurrogate(c)) {
				return UnsafeTextException.Reason.UNPAIRED_SURROGATE;
			}
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
				return UnsafeTextException.Reason.CONTROL_CHARACTER;
			}
		}
		return null;
	}

}
