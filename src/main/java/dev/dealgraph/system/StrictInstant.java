package dev.dealgraph.system;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * An instant only as ISO-8601 text ({@code 2026-12-01T09:30:00Z}): Jackson's own reader
 * takes {@code "123"} as seconds since 1970, a conversion the API does not make.
 */
final class StrictInstant extends StdScalarDeserializer<Instant> {

	StrictInstant() {
		super(Instant.class);
	}

	@Override
	public Instant deserialize(JsonParser parser, DeserializationContext context) {
		if (!parser.hasToken(JsonToken.VALUE_STRING)) {
			return (Instant) context.handleUnexpectedToken(Instant.class, parser);
		}
		String text = parser.getString();
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 instant");
		}
	}

	@Override
	public LogicalType logicalType() {
		return LogicalType.DateTime;
	}

}
