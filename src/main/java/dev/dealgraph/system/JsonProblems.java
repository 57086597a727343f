package dev.dealgraph.system;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.context.MessageSourceResolvable;

/**
 * What a JSON body got wrong, in our own words: never Jackson's message, a class name or
 * a parser feature.
 */
final class JsonProblems {

	private static final int ECHO_LIMIT = 60;

	private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");

	private JsonProblems() {
	}

	/** The problem with one value, or null when the body as a whole is not JSON. */
	static @Nullable FieldProblem of(JacksonException ex) {
		if (ex instanceof StreamReadException) {
			String duplicate = duplicateKey(ex);
			return (duplicate != null)
					? new FieldProblem(JsonPaths.ofProperty(ex, duplicate), Sentences.of("problem.field.duplicate"))
					: null;
		}
		return new FieldProblem(JsonPaths.of(ex), describe(ex));
	}

	/** Where the body stops being JSON. */
	static MessageSourceResolvable malformed(JacksonException ex) {
		var location = ex.getLocation();
		if (location == null || location.getLineNr() < 1) {
			return Sentences.of("problem.malformed-request.json");
		}
		return Sentences.of("problem.malformed-request.json-at", location.getLineNr(), location.getColumnNr());
	}

	// STRICT_DUPLICATE_DETECTION reports through the parser with no exception type of its
	// own, so the wording is read; StrictJsonTests pins it
	private static @Nullable String duplicateKey(JacksonException ex) {
		Matcher matcher = DUPLICATE.matcher(String.valueOf(ex.getOriginalMessage()));
		return matcher.lookingAt() ? matcher.group(1) : null;
	}

	private static MessageSourceResolvable describe(JacksonException ex) {
		if (ex instanceof UnsafeTextException unsafe) {
			return Sentences.of(unsafe.reason().code());
		}
		if (ex instanceof UnrecognizedPropertyException) {
			return Sentences.of("problem.field.unknown");
		}
		if (ex instanceof InvalidNullException) {
			return Sentences.of("problem.field.null");
		}
		if (ex instanceof InvalidFormatException format && format.getTargetType() != null
				&& format.getTargetType().isEnum() && format.getValue() instanceof String value) {
			return Sentences.of("problem.field.unknown-value", echo(value), constants(format.getTargetType()));
		}
		if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return Sentences.of("problem.field.expected", typeNoun(mismatch.getTargetType()));
		}
		return Sentences.of("problem.field.unreadable");
	}

	/** What a value of this type looks like, as a noun phrase. */
	static MessageSourceResolvable typeNoun(@Nullable Class<?> type) {
		if (type == null) {
			return Sentences.of("problem.type.other");
		}
		if (type.isEnum()) {
			return Sentences.of("problem.type.one-of", constants(type));
		}
		if (type == Boolean.class || type == boolean.class) {
			return Sentences.of("problem.type.boolean");
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return Sentences.of("problem.type.number");
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return Sentences.of("problem.type.array");
		}
		if (type == String.class) {
			return Sentences.of("problem.type.string");
		}
		if (type.getName().startsWith("java.time.")) {
			return Sentences.of("problem.type.date");
		}
		return Sentences.of("problem.type.object");
	}

	static String constants(Class<?> enumType) {
		return String.join(", ", Arrays.stream(enumType.getEnumConstants()).map(String::valueOf).toList());
	}

	/** A value sent back in a message, cut short. */
	static String echo(@Nullable Object value) {
		String text = String.valueOf(value);
		List<Integer> points = text.codePoints().limit(ECHO_LIMIT + 1).boxed().toList();
		if (points.size() <= ECHO_LIMIT) {
			return text;
		}
		StringBuilder cut = new StringBuilder();
		points.subList(0, ECHO_LIMIT).forEach(cut::appendCodePoint);
		return cut.append('…').toString();
	}

}
