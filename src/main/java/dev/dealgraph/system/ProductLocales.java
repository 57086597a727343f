package dev.dealgraph.system;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The two languages the product speaks, chosen by {@code Accept-Language}: Simplified
 * Chinese for {@code zh}, {@code zh-CN} and {@code zh-Hans*}, English for anything else.
 */
final class ProductLocales implements LocaleResolver {

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		throw new UnsupportedOperationException("The language follows Accept-Language");
	}

	/** The first language range we speak wins; its weight is not weighed further. */
	static Locale of(@Nullable String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return Locale.ENGLISH;
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
				String tag = range.getRange().toLowerCase(Locale.ROOT);
				if (tag.equals("zh") || tag.equals("zh-cn") || tag.startsWith("zh-hans")) {
					return Locale.SIMPLIFIED_CHINESE;
				}
				if (tag.equals("en") || tag.startsWith("en-")) {
					return Locale.ENGLISH;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// an unreadable header is answered in English, not refused
		}
		return Locale.ENGLISH;
	}

}
