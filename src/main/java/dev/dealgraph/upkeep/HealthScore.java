package dev.dealgraph.upkeep;

import java.util.Map;

import dev.dealgraph.relationship.TrustLevel;
import org.jspecify.annotations.Nullable;

/**
 * An account's relationship health on one day, 0 to 100: how warm, how trusted and how
 * wide our ties to its people are, and whether the team is working them.
 * <ul>
 * <li>warmth (35 points): the mean effective strength of our ties, after decay;</li>
 * <li>trust (35): the mean trust of our ties, an outsider 0, a friend or supplier ½ (one
 * of the two interests served, domain.md §4), a partner 1, an unrated tie ¼;</li>
 * <li>coverage (15): the share of the account's people someone of ours knows;</li>
 * <li>activity (15): that month's contacts, a positive one counting 1, a neutral one ½, a
 * negative one nothing, against one contact per person we know there, at most the whole
 * 15.</li>
 * </ul>
 * Without a single tie the score is 0, whatever the contacts.
 */
final class HealthScore {

	static final double WARMTH = 35;

	static final double TRUST = 35;

	static final double COVERAGE = 15;

	static final double ACTIVITY = 15;

	private HealthScore() {
	}

	/** How much one tie at this level adds to the trust part, 0 to 1. */
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
	 * @param known how many of them someone of ours knows
	 * @param byTrust our ties by level, {@code null} for unrated ones
	 * @param meanStrength their mean effective strength, null without ties
	 * @param outcomes that month's contacts by outcome
	 */
	static int score(int people, int known, Map<@Nullable TrustLevel, Integer> byTrust, @Nullable Double meanStrength,
			Map<Outcome, Integer> outcomes) {
		int ties = byTrust.values().stream().mapToInt(Integer::intValue).sum();
		if (ties == 0 || meanStrength == null) {
			return 0;
		}
		double trust = 0;
		for (Map.Entry<@Nullable TrustLevel, Integer> entry : byTrust.entrySet()) {
			trust += trust(entry.getKey()) * entry.getValue();
		}
		trust /= ties;
		double coverage = (people > 0) ? Math.min(1, (double) known / people) : 0;
		double worked = outcomes.getOrDefault(Outcome.POSITIVE, 0) + 0.5 * outcomes.getOrDefault(Outcome.NEUTRAL, 0);
		double activity = Math.min(1, worked / Math.max(1, known));
		double score = WARMTH * Math.min(1, Math.max(0, meanStrength)) + TRUST * trust + COVERAGE * coverage
				+ ACTIVITY * activity;
		return (int) Math.round(score);
	}

}
