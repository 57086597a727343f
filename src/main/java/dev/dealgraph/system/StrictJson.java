package dev.dealgraph.system;

import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Jackson reads exactly what the JSON says. A value of the wrong JSON type is refused,
 * not converted: no {@code "1000"} for a number, no {@code 1} for true, no {@code 3} for
 * an enum constant, no {@code 1.5} cut to 1, no number for a date. Duplicate keys,
 * trailing content, nulls inside arrays and text that cannot be stored faithfully are
 * refused too.
 */
final class StrictJson {

	private StrictJson() {
	}

	static JsonMapper.Builder configure(JsonMapper.Builder builder) {
		builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
					DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
					DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
					DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			// [null] in a list is an error naming roles[0], not an item that disappears
			.changeDefaultNullHandling((setter) -> setter.withContentNulls(Nulls.FAIL));
		for (LogicalType type : LogicalType.values()) {
			Set<CoercionInputShape> exact = exactShapes(type);
			builder.withCoercionConfig(type, (config) -> {
				config.setAcceptBlankAsEmpty(false);
				for (CoercionInputShape shape : CoercionInputShape.values()) {
					if (!exact.contains(shape)) {
						config.setCoercion(shape, CoercionAction.Fail);
					}
				}
			});
		}
		return builder.addModule(new SimpleModule("dealgraph-strict").addDeserializer(String.class, new StrictText())
			.addDeserializer(java.time.Instant.class, new StrictInstant())
			.setDeserializerModifier(new StrictEnums()));
	}

	/** The JSON shapes that are this type as written, not a conversion to it. */
	private static Set<CoercionInputShape> exactShapes(LogicalType type) {
		return switch (type) {
			case Integer -> EnumSet.of(CoercionInputShape.Integer);
			// JSON has one number type: 1 is as good a double as 1.0
			case Float -> EnumSet.of(CoercionInputShape.Float, CoercionInputShape.Integer);
			case Boolean -> EnumSet.of(CoercionInputShape.Boolean);
			case Textual, Enum, DateTime, Binary, OtherScalar ->
				EnumSet.of(CoercionInputShape.String, CoercionInputShape.EmptyString);
			case Array, Collection -> EnumSet.of(CoercionInputShape.Array, CoercionInputShape.EmptyArray);
			case Map, POJO -> EnumSet.of(CoercionInputShape.Object, CoercionInputShape.EmptyObject);
			case Untyped -> EnumSet.allOf(CoercionInputShape.class);
		};
	}

}
