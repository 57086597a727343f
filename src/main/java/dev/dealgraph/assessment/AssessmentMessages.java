package dev.dealgraph.assessment;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The assessment's sentences, from the {@code i18n/assessment} bundles the application's
 * message source lists. Any Chinese locale reads the Simplified Chinese bundle, the only
 * Chinese one there is.
 */
@Component
class AssessmentMessages {

	private final MessageSource messages;

	AssessmentMessages(MessageSource messages) {
		this.messages = messages;
	}

	Words words(Locale locale) {
		return new Words(this.messages, language(locale));
	}

	static Locale language(@Nullable Locale locale) {
		if (locale == null) {
			return Locale.ENGLISH;
		}
		return locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : locale;
	}

}
