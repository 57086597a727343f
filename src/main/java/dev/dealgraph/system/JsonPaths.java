package dev.dealgraph.system;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;

/** Where in a JSON body something went wrong, written as {@code relationships[3].to}. */
final class JsonPaths {

	static final String BODY = "body";

	private JsonPaths() {
	}

	static String of(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
			else if (reference.getPropertyName() != null) {
				append(path, reference.getPropertyName());
			}
		}
		if (path.isEmpty() && ex.processor() instanceof JsonParser parser) {
			// the parser itself failed: its context says in which object
			return of(parser.streamReadContext(), null);
		}
		return path.isEmpty() ? BODY : path.toString();
	}

	/** The path of a property of the object the parser is in. */
	static String ofProperty(JacksonException ex, String name) {
		if (ex.processor() instanceof JsonParser parser) {
			return of(parser.streamReadContext(), name);
		}
		return name;
	}

	private static String of(TokenStreamContext leaf, @Nullable String property) {
		java.util.Deque<String> parts = new java.util.ArrayDeque<>();
		if (property != null) {
			parts.add(property);
		}
		for (TokenStreamContext context = (property != null) ? leaf.getParent() : leaf; context != null
				&& !context.inRoot(); context = context.getParent()) {
			if (context.inArray() && context.hasCurrentIndex()) {
				parts.addFirst("[" + context.getCurrentIndex() + "]");
			}
			else if (context.inObject() && context.currentName() != null) {
				parts.addFirst(context.currentName());
			}
		}
		StringBuilder path = new StringBuilder();
		parts.forEach((part) -> {
			if (part.startsWith("[")) {
				path.append(part);
			}
			else {
				append(path, part);
			}
		});
		return path.isEmpty() ? BODY : path.toString();
	}

	private static void append(StringBuilder path, String name) {
		if (!path.isEmpty()) {
			path.append('.');
		}
		path.append(name);
	}

}
