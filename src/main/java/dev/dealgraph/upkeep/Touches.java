package dev.dealgraph.upkeep;

import java.util.List;
import java.util.Locale;

import dev.dealgraph.person.IndividualCard;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * The upkeep list in words ({@code i18n/upkeep}): a touch phrased for the person's
 * temperament, with their interests where known, the follow-up warning and the occasions.
 */
final class Touches {

	/** Interests named in one suggestion, at most. */
	private static final int INTERESTS = 2;

	private final MessageSource messages;

	private final Locale locale;

	Touches(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	String suggest(IndividualCard person, List<String> interests) {
		String touch = text("upkeep.touch." + person.temperament().name(), person.name());
		if (interests.isEmpty()) {
			return touch;
		}
		List<String> named = interests.subList(0, Math.min(INTERESTS, interests.size()));
		String joined = (named.size() == 1) ? named.get(0) : text("upkeep.touch.and", named.get(0), named.get(1));
		return text("upkeep.touch.with-interests", touch, joined);
	}

	String fewFollowUps(String name, int followUps, String deal) {
		return text("upkeep.follow-ups.few", name, followUps, deal);
	}

	String birthday(String name, long days) {
		return text("upkeep.occasion.birthday", name, days);
	}

	String workAnniversary(String name, long days, long years) {
		return text("upkeep.occasion.work-anniversary", name, days, years);
	}

	String accountEvent(String event, String account, long days) {
		return text("upkeep.occasion.account-event", event, account, days);
	}

	String text(String key, @Nullable Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

}
