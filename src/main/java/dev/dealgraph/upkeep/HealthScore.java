package dev.dealgraph.upkeep;

import java.util.Collection;
import java.util.Map;

import dev.dealgraph.relationship.TrustLevel;
import org.jspecify.annotations.Nullable;

/**
 * An account's relationship health on one day, 0 to 100: how far the account trusts us,
 * how warm our ties are, how many of its people we know, and whether the team is working
 * them.
 * <ul>
 * <li>trust (40 points): trust with the organisation is the sum of trust with each of its
 * people (domain.md §4): for each of the account's people, the best level any tie of ours
 * to them stands at, an outsider 0, a friend or supplier ½ (one of the two interests
 * served), a partner 1, an unrated tie ¼, someone nobody of ours knows 0; summed and
 * divided by the number of people;</li>
 * <li>warmth (30): the mean effective strength of our ties, after decay;</li>
 * <li>coverage (15): the share of the account's people someone of ours knows;</li>
 * <li>activity (15): that month's contacts, a positive one counting 1, a neutral one ½, a
 * negative one nothing, against one contact per person we know there, at most the whole
 * 15.</li>
 * </ul>
 * Without a single tie the score is 0, whatever the contacts. A new outsider tie never
 * lowers the trust part: it widens coverage and waits to be worked.
 */
final class HealthScore {

	static final double TRUST = 40;

	static final double WARMTH = 30;

	static final double COVERAGE = 15;

	static final double ACTIVITY = 15;

	private HealthScore() {
	}

	/** How much one person at this level adds to the trust part, 0 to 1. */
	static double trust(@Nullable TrustLevel level) {
		if (level == null) {
			return 0.25;
		}
		return switch (level) {
			case OUTSIDER -> 0;
			case FRIEND, SUPPLIER -> 0.5;
			case PARTNER -> 1;
		};
	}

	/**
	 * The score.
	 * @param people the account's people the caller may read
	 * @param best for each of them someone of ours knows, the best level of those ties
	 * ({@code null} for unrated)
	 * @param meanStrength the ties' mean effective strength, null without ties
	 * @param outcomes that month's contacts by outcome
	 */
	static int score(int people, Collection<@Nullable TrustLevel> best, @Nullable Double meanStrength,
			Map<Outcome, Integer> outcomes) {
		int known = best.size();
		if (known == 0 || meanStrength == null) {
			return 0;
		}
		int counted = Math.max(people, known);
		double trust = 0;
		for (TrustLevel level : best) {
			trust += trust(level);
		}
		trust /= counted;
		double coverage = (double) known / counted;
		double worked = outcomes.getOrDefault(Outcome.POSITIVE, 0) + 0.5 * outcomes.getOrDefault(Outcome.NEUTRAL, 0);
		double activity = Math.min(1, worked / known);
		double score = TRUST * trust + WARMTH * Math.min(1, Math.max(0, meanStrength)) + COVERAGE * coverage
				+ ACTIVITY * activity;
		return (int) Math.round(score);
	}

	/** The better of two levels for the trust part; unrated ranks above outsider. */
	static @Nullable TrustLevel better(@Nullable TrustLevel a, @Nullable TrustLevel b) {
		return (trust(a) >= trust(b)) ? a : b;
	}

}
