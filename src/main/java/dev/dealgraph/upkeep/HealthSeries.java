package dev.dealgraph.upkeep;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dealgraph.relationship.Decay;
import dev.dealgraph.relationship.TrustHistory.Standing;
import dev.dealgraph.relationship.TrustLevel;
import org.jspecify.annotations.Nullable;

/**
 * Works out an account's relationship health at the end of each month, in plain Java from
 * our ties' trust history and the contacts recorded with its people.
 * <p>
 * On a past month's last day a tie stands at the level of its latest step on or before
 * that day. Before its first step it counts only when a contact on or before that day
 * shows it already existed (a tie recorded late, or before trust history was kept), at
 * the level of its first step. Its strength is the strength recorded now (strength has no
 * history), aged by decay from its last contact on or before that day: the latest
 * recorded interaction between the two, or the tie's own last contact when that is
 * earlier. The last point is today, from the ties as they stand.
 */
final class HealthSeries {

	private final Decay decay;

	private final LocalDate today;

	HealthSeries(Decay decay, LocalDate today) {
		this.decay = decay;
		this.today = today;
	}

	/** A recorded contact as the series counts it. */
	record Contact(String colleagueId, String personId, LocalDate date, Outcome outcome) {
	}

	/**
	 * One point per month, oldest first; the last is today.
	 * @param people how many of the account's people the caller may read
	 * @param ties our ties to those people with their history
	 * @param contacts the contacts recorded with them, by anyone of ours
	 */
	List<HealthPoint> points(int months, int people, List<Standing> ties, List<Contact> contacts) {
		Map<String, List<LocalDate>> contactDays = new HashMap<>();
		for (Contact contact : contacts) {
			contactDays.computeIfAbsent(contact.colleagueId() + "/" + contact.personId(), (k) -> new ArrayList<>())
				.add(contact.date());
		}
		List<HealthPoint> points = new ArrayList<>();
		YearMonth current = YearMonth.from(this.today);
		for (int back = months - 1; back >= 0; back--) {
			YearMonth month = current.minusMonths(back);
			LocalDate day = (back == 0) ? this.today : month.atEndOfMonth();
			points.add(point(month, day, back == 0, people, ties, contactDays, contacts));
		}
		return points;
	}

	private HealthPoint point(YearMonth month, LocalDate day, boolean now, int people, List<Standing> ties,
			Map<String, List<LocalDate>> contactDays, List<Contact> contacts) {
		Map<@Nullable TrustLevel, Integer> byLevel = new HashMap<>();
		Map<String, @Nullable TrustLevel> best = new HashMap<>();
		double strengths = 0;
		int weighed = 0;
		for (Standing tie : ties) {
			List<LocalDate> days = contactDays.getOrDefault(tie.colleagueId() + "/" + tie.personId(), List.of());
			LocalDate lastContact = latestOnOrBefore(days, day);
			Standing.Now stored = tie.current();
			if (stored != null && stored.lastContact() != null && !stored.lastContact().isAfter(day)
					&& (lastContact == null || stored.lastContact().isAfter(lastContact))) {
				lastContact = stored.lastContact();
			}
			State state = now ? ((stored != null) ? new State(stored.level()) : null)
					: stateOn(tie, day, lastContact != null);
			if (state == null) {
				continue;
			}
			byLevel.merge(state.level(), 1, Integer::sum);
			// null stands for unrated, so no Map.merge (it treats null as absent)
			best.put(tie.personId(), best.containsKey(tie.personId())
					? HealthScore.better(best.get(tie.personId()), state.level()) : state.level());
			Double strength = strength(tie);
			if (strength != null) {
				strengths += this.decay.effective(strength, state.level(), lastContact, day);
				weighed++;
			}
		}
		Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
		for (Outcome outcome : Outcome.values()) {
			outcomes.put(outcome, 0);
		}
		int interactions = 0;
		LocalDate first = month.atDay(1);
		for (Contact contact : contacts) {
			if (!contact.date().isBefore(first) && !contact.date().isAfter(day)) {
				outcomes.merge(contact.outcome(), 1, Integer::sum);
				interactions++;
			}
		}
		Double mean = (weighed > 0) ? Math.round(strengths / weighed * 1000) / 1000.0 : null;
		Map<String, Integer> byTrust = new LinkedHashMap<>();
		for (TrustLevel level : TrustLevel.values()) {
			byTrust.put(level.name(), byLevel.getOrDefault(level, 0));
		}
		byTrust.put("UNRATED", byLevel.getOrDefault(null, 0));
		Map<String, Integer> byOutcome = new LinkedHashMap<>();
		outcomes.forEach((outcome, count) -> byOutcome.put(outcome.name(), count));
		int tieCount = byLevel.values().stream().mapToInt(Integer::intValue).sum();
		return new HealthPoint(month.toString(), day, HealthScore.score(people, best.values(), mean, outcomes), people,
				best.size(), tieCount, byTrust, mean, interactions, byOutcome);
	}

	/** The level a tie stood at on a past day, null when it did not stand. */
	private static @Nullable State stateOn(Standing tie, LocalDate day, boolean contactedBy) {
		Standing.Mark latest = null;
		for (Standing.Mark mark : tie.steps()) {
			if (!mark.at().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().isAfter(day)) {
				latest = mark;
			}
		}
		if (latest != null) {
			return latest.ended() ? null : new State(latest.level());
		}
		if (!contactedBy) {
			return null;
		}
		if (!tie.steps().isEmpty()) {
			Standing.Mark earliest = tie.steps().get(0);
			return earliest.ended() ? null : new State(earliest.level());
		}
		return (tie.current() != null) ? new State(tie.current().level()) : null;
	}

	private static @Nullable Double strength(Standing tie) {
		if (tie.current() != null && tie.current().strength() != null) {
			return tie.current().strength();
		}
		Double strength = null;
		for (Standing.Mark mark : tie.steps()) {
			if (mark.strength() != null) {
				strength = mark.strength();
			}
		}
		return strength;
	}

	private static @Nullable LocalDate latestOnOrBefore(List<LocalDate> days, LocalDate day) {
		LocalDate latest = null;
		for (LocalDate candidate : days) {
			if (!candidate.isAfter(day) && (latest == null || candidate.isAfter(latest))) {
				latest = candidate;
			}
		}
		return latest;
	}

	private record State(@Nullable TrustLevel level) {
	}

}
