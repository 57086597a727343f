package dev.dealgraph.upkeep;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.dealgraph.account.Account;
import dev.dealgraph.account.Accounts;
import dev.dealgraph.person.People;
import dev.dealgraph.relationship.Decay;
import dev.dealgraph.relationship.TrustHistory;
import dev.dealgraph.system.Callers;
import dev.dealgraph.system.InvalidInputException;
import dev.dealgraph.system.NotFoundException;
import dev.dealgraph.system.Sentences;
import dev.dealgraph.system.Visibility;
import dev.dealgraph.system.Visibility.Kind;
import dev.dealgraph.system.Visibility.Seen;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * An account's relationship health over time ({@link HealthSeries}), counting only the
 * account's people the caller may read; an account they may not read answers like a
 * missing one.
 */
@Service
class AccountHealth {

	static final int MIN_MONTHS = 1;

	static final int MAX_MONTHS = 36;

	private final Accounts accounts;

	private final People people;

	private final Visibility visibility;

	private final TrustHistory history;

	private final Interactions interactions;

	private final Decay decay;

	private final MessageSource messages;

	AccountHealth(Accounts accounts, People people, Visibility visibility, TrustHistory history,
			Interactions interactions, Decay decay, MessageSource messages) {
		this.accounts = accounts;
		this.people = people;
		this.visibility = visibility;
		this.history = history;
		this.interactions = interactions;
		this.decay = decay;
		this.messages = messages;
	}

	/**
	 * The account's health at the end of each of the last {@code months} months, the
	 * current one up to today.
	 *
	 * @param accountId the account
	 * @param name its name
	 * @param asOf the day the last point is judged on
	 * @param summary where the score stands and how it moved, in the caller's language
	 * @param points oldest first
	 */
	record Answer(String accountId, String name, int months, LocalDate asOf, String summary, List<HealthPoint> points) {
	}

	Answer series(String accountId, int months, Locale locale) {
		if (months < MIN_MONTHS || months > MAX_MONTHS) {
			throw new InvalidInputException("months",
					Sentences.of("problem.field.health-months", String.valueOf(months), MIN_MONTHS, MAX_MONTHS));
		}
		this.visibility.requireRead(Kind.ACCOUNT, accountId);
		Account account = this.accounts.find(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
		List<String> ids = this.people.idsAt(accountId);
		if (!Callers.scope().all()) {
			Map<String, Seen> seen = this.visibility.seeAll(Kind.PERSON, ids);
			ids = ids.stream().filter((id) -> seen.getOrDefault(id, Seen.MISSING).readable()).toList();
		}
		LocalDate today = this.decay.today();
		List<HealthPoint> points = new HealthSeries(this.decay, today).points(months, ids.size(),
				this.history.standing(ids), this.interactions.contactsWith(ids));
		HealthPoint first = points.get(0);
		HealthPoint last = points.get(points.size() - 1);
		int moved = last.score() - first.score();
		String summary = this.messages.getMessage("upkeep.health.summary",
				new Object[] { last.score(), today.toString(), moved, Math.abs(moved), first.month() }, locale);
		return new Answer(accountId, account.name(), months, today, summary, points);
	}

}
