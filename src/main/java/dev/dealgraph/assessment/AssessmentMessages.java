package dev.dealgraph.assessment;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The assessment's sentences: the {@code i18n/assessment} bundles, in front of the
 * application's message source, so the feature speaks whether or not the shared
 * {@code spring.messages.basename} lists its bundle. Any Chinese locale reads the
 * Simplified Chinese bundle, the only Chinese one there is.
 */
@Component
class AssessmentMessages {

	private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

	AssessmentMessages(MessageSource application) {
		this.bundle.setBasename("i18n/assessment");
		this.bundle.setDefaultEncoding(StandardCharsets.UTF_8.name());
		this.bundle.setFallbackToSystemLocale(false);
		this.bundle.setParentMessageSource(application);
	}

	Words words(Locale locale) {
		return new Words(this.bundle, language(locale));
	}

	static Locale language(@Nullable Locale locale) {
		if (locale == null) {
			return Locale.ENGLISH;
		}
		return locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : locale;
	}

}
