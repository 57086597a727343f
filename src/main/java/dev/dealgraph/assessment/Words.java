package dev.dealgraph.assessment;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * Everything an assessment says, in the language asked for, from whole sentence templates
 * in the {@code i18n/assessment} bundles; codes and ids stay as they are.
 */
final class Words {

	private final MessageSource messages;

	private final Locale locale;

	Words(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	String text(String key, @Nullable Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

	/** Names as a list reads in this language: "A, B and C", "A、B 和 C". */
	String names(List<String> names) {
		if (names.isEmpty()) {
			return text("assessment.names.nobody");
		}
		String joined = names.get(0);
		for (int i = 1; i < names.size(); i++) {
			joined = text((i == names.size() - 1) ? "assessment.names.and" : "assessment.names.comma", joined,
					names.get(i));
		}
		return joined;
	}

}
