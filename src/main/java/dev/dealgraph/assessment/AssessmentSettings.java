package dev.dealgraph.assessment;

import java.time.Duration;
import java.time.LocalDate;

import dev.dealgraph.deal.Stage;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The thresholds of the red flags and the factors of the win probability. The probability
 * works in log-odds: it starts from the logit of the stage's base rate, adds each
 * factor's effect, turns back into a probability and is clamped to [{@code floor},
 * {@code ceiling}].
 *
 * @param maxHops hop limit of reach from the deal team
 * @param weakReach a decision-maker's best path below this score is weak
 * @param staleAfter a tie last used longer ago than this is stale
 * @param maxDecisionMakers more decision-makers than this is too many
 * @param asOf the day freshness is judged on; today when not set
 * @param coachPresent effect of a coach or champion who is neutral or better
 * @param noCoach effect of having none
 * @param noDecisionMaker effect of no decision-maker identified
 * @param decisionMakerSponsor effect of the least supportive decision-maker being a
 * sponsor
 * @param decisionMakerSupporter ... a supporter
 * @param decisionMakerUnknown ... of unknown attitude
 * @param decisionMakerNonSupporter ... a non-supporter
 * @param decisionMakerOpponent ... an opponent
 * @param receptive effect of every decision-maker in growth or trouble mode
 * @param notReceptive effect of a decision-maker in even-keel or overconfident mode
 * @param gatekeeperFor effect of every gatekeeper being a supporter or sponsor
 * @param gatekeeperNonSupporter effect of the least supportive gatekeeper being a
 * non-supporter
 * @param gatekeeperOpponent ... an opponent
 * @param opponentHigh effect of each high-influence person against us
 * @param opponentMedium ... medium influence
 * @param opponentLow ... low or unknown influence
 * @param reachStrong effect of every decision-maker reached at or above {@code weakReach}
 * @param reachWeak effect of a decision-maker reached only weakly
 * @param reachNone effect of a decision-maker out of reach
 * @param roleCovered effect of each of the four deciding roles covered
 * @param groupWeight share of the CEB curve's fall applied per decision-maker
 * @param floor lowest probability
 * @param ceiling highest probability
 * @param fewFollowUps effect of a decision-maker or technical gatekeeper with fewer
 * recorded contacts on the deal than {@code dealgraph.upkeep.cadence.min-follow-ups}
 * @param followUpsKept effect of every one of them having had at least that many
 * @param followUpsFrom the stage from which recorded follow-ups count either way: before
 * it, few contacts are the norm
 * @param hiddenRatio informal influence at least this many times the account's average
 * marks a hidden influencer when the stated influence is not high
 */
@ConfigurationProperties("dealgraph.assessment")
public record AssessmentSettings(@DefaultValue("4") int maxHops, @DefaultValue("0.3") double weakReach,
		@DefaultValue("90d") Duration staleAfter, @DefaultValue("3") int maxDecisionMakers, @Nullable LocalDate asOf,
		@DefaultValue("0.4") double coachPresent, @DefaultValue("-0.6") double noCoach,
		@DefaultValue("-0.8") double noDecisionMaker, @DefaultValue("0.8") double decisionMakerSponsor,
		@DefaultValue("0.5") double decisionMakerSupporter, @DefaultValue("-0.3") double decisionMakerUnknown,
		@DefaultValue("-0.8") double decisionMakerNonSupporter, @DefaultValue("-1.5") double decisionMakerOpponent,
		@DefaultValue("0.3") double receptive, @DefaultValue("-0.3") double notReceptive,
		@DefaultValue("0.3") double gatekeeperFor, @DefaultValue("-0.4") double gatekeeperNonSupporter,
		@DefaultValue("-0.8") double gatekeeperOpponent, @DefaultValue("-0.5") double opponentHigh,
		@DefaultValue("-0.25") double opponentMedium, @DefaultValue("-0.1") double opponentLow,
		@DefaultValue("0.2") double reachStrong, @DefaultValue("-0.3") double reachWeak,
		@DefaultValue("-0.6") double reachNone, @DefaultValue("0.15") double roleCovered,
		@DefaultValue("0.5") double groupWeight, @DefaultValue("0.01") double floor,
		@DefaultValue("0.95") double ceiling, @DefaultValue("1.5") double hiddenRatio,
		@DefaultValue("-0.3") double fewFollowUps, @DefaultValue("0.2") double followUpsKept,
		@DefaultValue("DESIGN") Stage followUpsFrom) {

	public AssessmentSettings {
		if (maxHops < 1 || maxHops > 8) {
			throw new IllegalArgumentException("dealgraph.assessment.max-hops must be between 1 and 8");
		}
		if (!(floor > 0 && floor < ceiling && ceiling < 1)) {
			throw new IllegalArgumentException("dealgraph.assessment needs 0 < floor < ceiling < 1");
		}
		if (decisionMakerOpponent > decisionMakerNonSupporter || decisionMakerNonSupporter > decisionMakerUnknown
				|| decisionMakerUnknown > 0 || decisionMakerSupporter > decisionMakerSponsor
				|| decisionMakerSupporter < 0 || gatekeeperOpponent > gatekeeperNonSupporter
				|| gatekeeperNonSupporter > 0 || opponentHigh > opponentMedium || opponentMedium > opponentLow
				|| opponentLow > 0 || groupWeight < 0 || roleCovered < 0 || fewFollowUps > 0 || followUpsKept < 0) {
			throw new IllegalArgumentException("dealgraph.assessment factors must keep their order: "
					+ "opponent <= non-supporter <= unknown <= 0 <= supporter <= sponsor, opponents' effects <= 0");
		}
	}

	/** Defaults, for tests and tools. */
	static AssessmentSettings defaults() {
		return new AssessmentSettings(4, 0.3, Duration.ofDays(90), 3, null, 0.4, -0.6, -0.8, 0.8, 0.5, -0.3, -0.8, -1.5,
				0.3, -0.3, 0.3, -0.4, -0.8, -0.5, -0.25, -0.1, 0.2, -0.3, -0.6, 0.15, 0.5, 0.01, 0.95, 1.5, -0.3, 0.2,
				Stage.DESIGN);
	}

}
