package dev.dealgraph.system;

import java.beans.PropertyEditor;
import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.bind.WebDataBinder;

/**
 * Request parameters and path variables read as strictly as JSON: ASCII digits for
 * numbers (no {@code 0x3}, {@code +3} or full-width {@code ３}), {@code true} or
 * {@code false} for booleans (no {@code yes}, {@code on} or {@code 1}), an enum constant
 * by its exact name. A refusal is a 400 naming the parameter.
 */
final class StrictParameters {

	private static final Pattern INT = Pattern.compile("-?[0-9]{1,9}");

	private static final Pattern LONG = Pattern.compile("-?[0-9]{1,18}");

	private StrictParameters() {
	}

	static void register(FormatterRegistry registry) {
		// added last, so they are asked before Spring's lenient defaults
		registry.addConverter(String.class, Integer.class, StrictParameters::toInt);
		registry.addConverter(String.class, Long.class, StrictParameters::toLong);
		registry.addConverter(String.class, Boolean.class, StrictParameters::toBoolean);
		registry.addConverterFactory(new EnumsByName());
	}

	static Integer toInt(String text) {
		if (!INT.matcher(text).matches()) {
			throw new IllegalArgumentException("not a whole number");
		}
		return Integer.valueOf(text);
	}

	static Long toLong(String text) {
		if (!LONG.matcher(text).matches()) {
			throw new IllegalArgumentException("not a whole number");
		}
		return Long.valueOf(text);
	}

	static Boolean toBoolean(String text) {
		return switch (text) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> throw new IllegalArgumentException("neither true nor false");
		};
	}

	/**
	 * The same rules as property editors: when a conversion fails, Spring's data binder
	 * falls back on its default editors, which take {@code 0x3}, {@code yes} and
	 * {@code " DESIGN"}; an editor registered on the binder is asked first and alone.
	 */
	static void register(WebDataBinder binder) {
		binder.registerCustomEditor(int.class, editor(StrictParameters::toInt));
		binder.registerCustomEditor(Integer.class, editor(StrictParameters::toInt));
		binder.registerCustomEditor(long.class, editor(StrictParameters::toLong));
		binder.registerCustomEditor(Long.class, editor(StrictParameters::toLong));
		binder.registerCustomEditor(boolean.class, editor(StrictParameters::toBoolean));
		binder.registerCustomEditor(Boolean.class, editor(StrictParameters::toBoolean));
		// the binder turns the text into the constant by its exact name, after trimming:
		// text that trimming would change is refused here
		binder.registerCustomEditor(Enum.class, editor((text) -> {
			if (!text.equals(text.strip()) || StrictText.problem(text) != null) {
				throw new IllegalArgumentException("not a constant name");
			}
			return text;
		}));
	}

	private static PropertyEditor editor(Function<String, Object> parse) {
		return new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue(parse.apply(text));
			}

		};
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static final class EnumsByName implements ConverterFactory<String, Enum> {

		@Override
		public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
			return (text) -> (T) Enum.valueOf(targetType, text);
		}

	}

}
