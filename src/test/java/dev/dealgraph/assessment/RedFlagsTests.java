package dev.dealgraph.assessment;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.dealgraph.deal.Attitude;
import dev.dealgraph.deal.Influence;
import dev.dealgraph.deal.Mode;
import dev.dealgraph.deal.Role;
import dev.dealgraph.deal.Stage;
import dev.dealgraph.paths.Reach;
import dev.dealgraph.relationship.TieDetail;
import dev.dealgraph.relationship.TieType;
import org.junit.jupiter.api.Test;

import static dev.dealgraph.assessment.Cases.AS_OF;
import static dev.dealgraph.assessment.Cases.healthy;
import static dev.dealgraph.assessment.Cases.knows;
import static dev.dealgraph.assessment.Cases.player;
import static dev.dealgraph.assessment.Cases.reach;
import static dev.dealgraph.assessment.Cases.tie;
import static dev.dealgraph.assessment.Cases.with;
import static dev.dealgraph.assessment.Cases.withTies;
import static org.assertj.core.api.Assertions.assertThat;

/** Every red-flag rule, once firing and once not, on hand-built deals. */
class RedFlagsTests {

	private final AssessmentSettings settings = AssessmentSettings.defaults();

	private List<String> codes(DealCase deal) {
		return RedFlags.of(deal, this.settings).stream().map(Finding::code).toList();
	}

	@Test
	void healthyDealRaisesNoFlag() {
		assertThat(codes(healthy())).isEmpty();
	}

	@Test
	void dealWithNoStakeholdersSaysSoAndHasNoDecisionMakerNoCoachAndOneThread() {
		DealCase empty = healthy().withPlayers(List.of()).withReach(Map.of());
		assertThat(codes(empty)).containsExactly("NO_COACH", "NO_DECISION_MAKER", "NO_STAKEHOLDERS", "SINGLE_THREADED");
	}

	@Test
	void noDecisionMakerFiresWhenNobodyHoldsTheRole() {
		DealCase deal = with(healthy(), player("dm", Attitude.SUPPORTER, Influence.HIGH, Mode.GROWTH, Role.USER));
		assertThat(codes(deal)).contains("NO_DECISION_MAKER");
		assertThat(codes(healthy())).doesNotContain("NO_DECISION_MAKER");
	}

	@Test
	void noCoachFiresWhenTheOnlyCoachIsAgainstOrUnknown() {
		assertThat(codes(
				with(healthy(), player("coach", Attitude.NON_SUPPORTER, Influence.MEDIUM, Mode.GROWTH, Role.COACH))))
			.contains("NO_COACH");
		assertThat(codes(with(healthy(), player("coach", Attitude.UNKNOWN, Influence.MEDIUM, Mode.GROWTH, Role.COACH))))
			.contains("NO_COACH");
	}

	@Test
	void aNeutralChampionCountsAsCoach() {
		DealCase deal = with(healthy(),
				player("coach", Attitude.NEUTRAL, Influence.MEDIUM, Mode.GROWTH, Role.CHAMPION));
		assertThat(codes(deal)).doesNotContain("NO_COACH");
	}

	@Test
	void decisionMakerUnreachableFiresWithoutAPathAndNotWithOne() {
		assertThat(codes(Cases.withoutReach(healthy(), "dm"))).contains("DECISION_MAKER_UNREACHABLE")
			.doesNotContain("DECISION_MAKER_WEAK_REACH");
		assertThat(codes(healthy())).doesNotContain("DECISION_MAKER_UNREACHABLE");
	}

	@Test
	void decisionMakerWeakReachFiresBelowTheFloorOnly() {
		Map<String, Reach> reach = new HashMap<>(healthy().reach());
		reach.put("dm", reach("dm", 0.29));
		assertThat(codes(healthy().withReach(reach))).contains("DECISION_MAKER_WEAK_REACH");
		reach.put("dm", reach("dm", 0.3));
		assertThat(codes(healthy().withReach(reach))).doesNotContain("DECISION_MAKER_WEAK_REACH");
	}

	@Test
	void decisionMakerAgainstFiresForNonSupporterAndOpponentNotForNeutral() {
		for (Attitude attitude : List.of(Attitude.NON_SUPPORTER, Attitude.OPPONENT)) {
			assertThat(
					codes(with(healthy(), player("dm", attitude, Influence.MEDIUM, Mode.GROWTH, Role.DECISION_MAKER))))
				.contains("DECISION_MAKER_AGAINST");
		}
		assertThat(codes(
				with(healthy(), player("dm", Attitude.NEUTRAL, Influence.MEDIUM, Mode.GROWTH, Role.DECISION_MAKER))))
			.doesNotContain("DECISION_MAKER_AGAINST");
	}

	@Test
	void decisionMakerNotReceptiveFiresForEvenKeelAndOverconfidentNotForTroubleOrUnknown() {
		for (Mode mode : List.of(Mode.EVEN_KEEL, Mode.OVERCONFIDENT)) {
			assertThat(
					codes(with(healthy(), player("dm", Attitude.SUPPORTER, Influence.HIGH, mode, Role.DECISION_MAKER))))
				.contains("DECISION_MAKER_NOT_RECEPTIVE");
		}
		for (Mode mode : List.of(Mode.TROUBLE, Mode.UNKNOWN)) {
			assertThat(
					codes(with(healthy(), player("dm", Attitude.SUPPORTER, Influence.HIGH, mode, Role.DECISION_MAKER))))
				.doesNotContain("DECISION_MAKER_NOT_RECEPTIVE");
		}
	}

	@Test
	void gatekeeperAgainstFiresForAHostileGatekeeperOnly() {
		assertThat(codes(with(healthy(),
				player("tg", Attitude.OPPONENT, Influence.MEDIUM, Mode.GROWTH, Role.TECHNICAL_GATEKEEPER))))
			.contains("GATEKEEPER_AGAINST");
		assertThat(codes(with(healthy(),
				player("tg", Attitude.NEUTRAL, Influence.MEDIUM, Mode.GROWTH, Role.TECHNICAL_GATEKEEPER))))
			.doesNotContain("GATEKEEPER_AGAINST");
	}

	@Test
	void highInfluenceOpponentFiresForHighInfluenceOnly() {
		assertThat(codes(with(healthy(), player("x", Attitude.OPPONENT, Influence.HIGH, Mode.UNKNOWN, Role.PURCHASER))))
			.contains("HIGH_INFLUENCE_OPPONENT");
		assertThat(
				codes(with(healthy(), player("x", Attitude.OPPONENT, Influence.MEDIUM, Mode.UNKNOWN, Role.PURCHASER))))
			.doesNotContain("HIGH_INFLUENCE_OPPONENT");
	}

	@Test
	void opponentInfluencingTheDecisionMakerFiresThroughInfluenceOrAsTheirManager() {
		DealCase deal = with(healthy(),
				player("x", Attitude.NON_SUPPORTER, Influence.LOW, Mode.UNKNOWN, Role.PURCHASER));
		assertThat(codes(withTies(deal, tie(TieType.INFLUENCES, "x", "dm"))))
			.contains("OPPONENT_INFLUENCES_DECISION_MAKER");
		assertThat(codes(withTies(deal, tie(TieType.REPORTS_TO, "dm", "x"))))
			.contains("OPPONENT_INFLUENCES_DECISION_MAKER");
		// the decision-maker swaying the opponent, or the opponent reporting to them, is
		// no threat
		assertThat(codes(withTies(deal, tie(TieType.INFLUENCES, "dm", "x"), tie(TieType.REPORTS_TO, "x", "dm"))))
			.doesNotContain("OPPONENT_INFLUENCES_DECISION_MAKER");
	}

	@Test
	void coachInConflictFiresForARivalryWithADecisionMakerOrGatekeeperNotWithAUser() {
		assertThat(codes(withTies(healthy(), tie(TieType.CONFLICTS_WITH, "tg", "coach"))))
			.contains("COACH_IN_CONFLICT");
		assertThat(codes(withTies(healthy(), tie(TieType.CONFLICTS_WITH, "coach", "dm"))))
			.contains("COACH_IN_CONFLICT");
		assertThat(codes(withTies(healthy(), tie(TieType.CONFLICTS_WITH, "coach", "user"))))
			.doesNotContain("COACH_IN_CONFLICT");
	}

	@Test
	void keyPlayerAttitudeUnknownFiresForKeyRolesAndHighInfluenceNotForALowInfluenceUser() {
		for (Role role : List.of(Role.DECISION_MAKER, Role.APPROVER, Role.TECHNICAL_GATEKEEPER, Role.CHAMPION)) {
			assertThat(codes(with(healthy(), player("x", Attitude.UNKNOWN, Influence.LOW, Mode.UNKNOWN, role))))
				.contains("KEY_PLAYER_ATTITUDE_UNKNOWN");
		}
		assertThat(codes(with(healthy(), player("x", Attitude.UNKNOWN, Influence.HIGH, Mode.UNKNOWN, Role.USER))))
			.contains("KEY_PLAYER_ATTITUDE_UNKNOWN");
		assertThat(codes(with(healthy(), player("x", Attitude.UNKNOWN, Influence.LOW, Mode.UNKNOWN, Role.USER))))
			.doesNotContain("KEY_PLAYER_ATTITUDE_UNKNOWN");
	}

	@Test
	void singleThreadedFiresWhenTheTeamKnowsOnePersonOnTheDeal() {
		DealCase one = new DealCase("d", healthy().summary(), List.of("amy"), healthy().players(),
				List.of(knows("amy", "dm", AS_OF), knows("amy", "outsider", AS_OF)), healthy().reach(), AS_OF);
		assertThat(codes(one)).contains("SINGLE_THREADED");
		assertThat(codes(healthy())).doesNotContain("SINGLE_THREADED");
	}

	@Test
	void staleKeyTiesFiresWhenEveryTieToAKeyPlayerIsOldOrUndated() {
		DealCase stale = new DealCase("d", healthy().summary(), List.of("amy"), healthy().players(),
				List.of(knows("amy", "dm", AS_OF.minusDays(91)), knows("amy", "coach", null)), healthy().reach(),
				AS_OF);
		assertThat(codes(stale)).contains("STALE_KEY_TIES");
		DealCase oneFresh = new DealCase("d", healthy().summary(), List.of("amy"), healthy().players(),
				List.of(knows("amy", "dm", AS_OF.minusDays(90)), knows("amy", "coach", null)), healthy().reach(),
				AS_OF);
		assertThat(codes(oneFresh)).doesNotContain("STALE_KEY_TIES");
	}

	@Test
	void staleAgeIsConfigurable() {
		AssessmentSettings d = this.settings;
		AssessmentSettings month = new AssessmentSettings(d.maxHops(), d.weakReach(), Duration.ofDays(30),
				d.maxDecisionMakers(), null, d.coachPresent(), d.noCoach(), d.noDecisionMaker(),
				d.decisionMakerSponsor(), d.decisionMakerSupporter(), d.decisionMakerUnknown(),
				d.decisionMakerNonSupporter(), d.decisionMakerOpponent(), d.receptive(), d.notReceptive(),
				d.gatekeeperFor(), d.gatekeeperNonSupporter(), d.gatekeeperOpponent(), d.opponentHigh(),
				d.opponentMedium(), d.opponentLow(), d.reachStrong(), d.reachWeak(), d.reachNone(), d.roleCovered(),
				d.groupWeight(), d.floor(), d.ceiling(), d.hiddenRatio(), d.fewFollowUps(), d.followUpsKept(),
				d.followUpsFrom());
		DealCase deal = new DealCase("d", healthy().summary(), List.of("amy"), healthy().players(),
				List.of(knows("amy", "dm", AS_OF.minusDays(45)), knows("amy", "coach", AS_OF.minusDays(40))),
				healthy().reach(), AS_OF);
		assertThat(RedFlags.of(deal, month).stream().map(Finding::code)).contains("STALE_KEY_TIES");
		assertThat(codes(deal)).doesNotContain("STALE_KEY_TIES");
	}

	@Test
	void tooManyDecisionMakersFiresAboveThreeByDefault() {
		DealCase three = healthy();
		for (String id : List.of("dm2", "dm3")) {
			three = with(three, player(id, Attitude.SUPPORTER, Influence.HIGH, Mode.GROWTH, Role.DECISION_MAKER));
		}
		Map<String, Reach> reach = new HashMap<>(three.reach());
		for (String id : List.of("dm2", "dm3", "dm4")) {
			reach.put(id, reach(id, 0.7));
		}
		assertThat(codes(three.withReach(reach))).doesNotContain("TOO_MANY_DECISION_MAKERS");
		DealCase four = with(three,
				player("dm4", Attitude.SUPPORTER, Influence.HIGH, Mode.GROWTH, Role.DECISION_MAKER));
		assertThat(codes(four.withReach(reach))).containsExactly("TOO_MANY_DECISION_MAKERS");
	}

	@Test
	void flagsComeMostSevereFirst() {
		DealCase deal = with(healthy(),
				player("dm", Attitude.OPPONENT, Influence.HIGH, Mode.EVEN_KEEL, Role.DECISION_MAKER));
		List<Finding> flags = RedFlags.of(deal, this.settings);
		assertThat(flags).extracting(Finding::severity).isSortedAccordingTo(Enum::compareTo);
		assertThat(flags).extracting(Finding::code)
			.containsExactly("DECISION_MAKER_AGAINST", "HIGH_INFLUENCE_OPPONENT", "DECISION_MAKER_NOT_RECEPTIVE");
	}

	@Test
	void aDealWithTheStageUnchangedKeepsItsFlags() {
		assertThat(codes(Cases.deal(Stage.USE, healthy().players(), healthy().ties(), healthy().reach()))).isEmpty();
		assertThat(healthy().teamTies()).extracting(TieDetail::to).containsExactly("dm", "coach");
	}

}
