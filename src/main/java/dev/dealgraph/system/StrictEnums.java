package dev.dealgraph.system;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.type.LogicalType;

/**
 * Enum constants only by their exact name: no index, no surrounding spaces, no other
 * case, nothing appended.
 */
final class StrictEnums extends ValueDeserializerModifier {

	@Override
	public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
			BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
		return new ByName(type.getRawClass());
	}

	private static final class ByName extends StdScalarDeserializer<Object> {

		private final Map<String, Object> constants = new HashMap<>();

		ByName(Class<?> type) {
			super(type);
			for (Object constant : type.getEnumConstants()) {
				this.constants.put(((Enum<?>) constant).name(), constant);
			}
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return context.handleUnexpectedToken(handledType(), parser);
			}
			String name = parser.getString();
			Object constant = this.constants.get(name);
			if (constant == null) {
				throw InvalidFormatException.from(parser, "unknown constant", name, handledType());
			}
			return constant;
		}

		@Override
		public LogicalType logicalType() {
			return LogicalType.Enum;
		}

	}

}
