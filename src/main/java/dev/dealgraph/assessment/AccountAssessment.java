package dev.dealgraph.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.dealgraph.account.LifecycleStage;
import dev.dealgraph.relationship.TrustLevel;
import org.jspecify.annotations.Nullable;

/**
 * An account judged over time: how healthy our relationships are, where it stands in its
 * lifecycle with the risk signals the data shows, and what its open deals are worth.
 *
 * @param accountId the account
 * @param name its name
 * @param lifecycleStage acquisition, growth, maturity, decline or exit
 * @param relationships our ties to its people, counted by trust level and freshness
 * @param signals what the data says about the account's risk, most severe first
 * @param openDeals its open deals with value × probability
 * @param weightedValue the open deals' weighted values summed per currency
 * @param asOf the day freshness was judged on
 */
public record AccountAssessment(String accountId, String name, @Nullable LifecycleStage lifecycleStage,
		Relationships relationships, List<Signal> signals, List<PipelineRow> openDeals, Map<String, Long> weightedValue,
		LocalDate asOf) {

	/**
	 * @param people how many of the account's people we have a tie to
	 * @param ties how many ties our colleagues have to its people
	 * @param byTrust ties by trust quadrant; UNRATED when no level is recorded
	 * @param byFreshness ties FRESH (within the stale age), STALE or UNDATED
	 * @param ties each tie
	 */
	public record Relationships(int people, int tieCount, Map<String, Integer> byTrust,
			Map<String, Integer> byFreshness, List<OurTie> ties) {
	}

	/**
	 * @param colleagueId one of ours
	 * @param personId one of theirs
	 * @param level trust quadrant, when recorded
	 * @param lastContact when they last spoke, when recorded
	 * @param freshness FRESH, STALE or UNDATED
	 */
	public record OurTie(String colleagueId, String personId, @Nullable TrustLevel level,
			@Nullable LocalDate lastContact, String freshness) {
	}

	/**
	 * @param code the signal, the same in every language
	 * @param severity HIGH, MEDIUM or LOW
	 * @param message the signal in words
	 */
	public record Signal(String code, Severity severity, String message) {
	}

}
