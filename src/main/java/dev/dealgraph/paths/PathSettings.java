package dev.dealgraph.paths;

import java.time.Duration;

import dev.dealgraph.deal.Attitude;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The constants of path scoring, echoed in every answer so a team can see why a path
 * ranks where it does. A path's score is the product of its hop strengths and of the
 * attitude factor of each person in between.
 *
 * @param reportsToUp strength of a reporting line walked from subordinate to manager
 * @param reportsToDown strength of a reporting line walked from manager to subordinate
 * @param sponsor factor of a sponsor in between
 * @param supporter factor of a supporter in between
 * @param neutral factor of a neutral person in between
 * @param unknown factor of a person whose attitude is unknown, or who is not on the deal
 * @param nonSupporter factor of a non-supporter in between
 * @param opponent factor of an opponent in between, when opponents are asked for at all
 * @param colleague factor of one of our own colleagues in between
 * @param defaultK paths per target when {@code k} is not given
 * @param maxK the largest {@code k} accepted
 * @param defaultMaxHops hop limit when {@code maxHops} is not given
 * @param maxMaxHops the largest {@code maxHops} accepted
 * @param refreshInterval how often each instance checks the change sequence
 */
@ConfigurationProperties("dealgraph.paths")
public record PathSettings(@DefaultValue("0.6") float reportsToUp, @DefaultValue("0.4") float reportsToDown,
		@DefaultValue("1.0") float sponsor, @DefaultValue("0.9") float supporter, @DefaultValue("0.75") float neutral,
		@DefaultValue("0.6") float unknown, @DefaultValue("0.35") float nonSupporter,
		@DefaultValue("0.05") float opponent, @DefaultValue("1.0") float colleague, @DefaultValue("5") int defaultK,
		@DefaultValue("50") int maxK, @DefaultValue("4") int defaultMaxHops, @DefaultValue("8") int maxMaxHops,
		@DefaultValue("250ms") Duration refreshInterval) {

	public PathSettings {
		inUnitInterval("reports-to-up", reportsToUp);
		inUnitInterval("reports-to-down", reportsToDown);
		float[] ladder = { sponsor, supporter, neutral, unknown, nonSupporter, opponent };
		for (float factor : ladder) {
			inUnitInterval("attitude factor", factor);
		}
		for (int i = 1; i < ladder.length; i++) {
			if (ladder[i] > ladder[i - 1]) {
				throw new IllegalArgumentException("dealgraph.paths attitude factors must not rise from sponsor "
						+ "through supporter, neutral, unknown and non-supporter to opponent");
			}
		}
		inUnitInterval("colleague", colleague);
	}

	public float factor(Attitude attitude) {
		return switch (attitude) {
			case SPONSOR -> this.sponsor;
			case SUPPORTER -> this.supporter;
			case NEUTRAL -> this.neutral;
			case UNKNOWN -> this.unknown;
			case NON_SUPPORTER -> this.nonSupporter;
			case OPPONENT -> this.opponent;
		};
	}

	private static void inUnitInterval(String name, float value) {
		if (!(value > 0 && value <= 1)) {
			throw new IllegalArgumentException("dealgraph.paths." + name + " must be in (0, 1], not " + value);
		}
	}

}
