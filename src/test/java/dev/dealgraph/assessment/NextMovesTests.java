package dev.dealgraph.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.dealgraph.deal.Attitude;
import dev.dealgraph.deal.Influence;
import dev.dealgraph.deal.Mode;
import dev.dealgraph.deal.Role;
import dev.dealgraph.paths.Reach;
import dev.dealgraph.relationship.TieType;
import org.junit.jupiter.api.Test;

import static dev.dealgraph.assessment.Cases.healthy;
import static dev.dealgraph.assessment.Cases.player;
import static dev.dealgraph.assessment.Cases.reach;
import static dev.dealgraph.assessment.Cases.tie;
import static dev.dealgraph.assessment.Cases.with;
import static dev.dealgraph.assessment.Cases.withTies;
import static org.assertj.core.api.Assertions.assertThat;

/** Which next moves the rules choose and in what order. */
class NextMovesTests {

	private final AssessmentSettings settings = AssessmentSettings.defaults();

	private List<String> moves(DealCase deal) {
		return NextMoves.of(deal, this.settings).stream().map((m) -> m.code() + ":" + m.personId()).toList();
	}

	@Test
	void withoutACoachTheCandidatesAreReachableReceptiveAndNotOpposed() {
		DealCase deal = with(healthy(), player("coach", Attitude.OPPONENT, Influence.MEDIUM, Mode.GROWTH, Role.USER));
		deal = with(deal, player("keen", Attitude.NEUTRAL, Influence.LOW, Mode.TROUBLE, Role.USER));
		deal = with(deal, player("calm", Attitude.SUPPORTER, Influence.HIGH, Mode.EVEN_KEEL, Role.USER));
		deal = with(deal, player("far", Attitude.SPONSOR, Influence.HIGH, Mode.GROWTH, Role.USER));
		Map<String, Reach> reach = new HashMap<>(deal.reach());
		reach.put("keen", reach("keen", 0.4));
		reach.put("calm", reach("calm", 0.9));
		deal = deal.withReach(reach);
		// the supportive gatekeeper and user are receptive and reachable too: supporters
		// first
		assertThat(moves(deal)).first().isEqualTo("DEVELOP_COACH:tg");
		assertThat(moves(deal)).contains("DEVELOP_COACH:user")
			.doesNotContain("DEVELOP_COACH:keen", "DEVELOP_COACH:calm", "DEVELOP_COACH:far", "DEVELOP_COACH:coach");
	}

	@Test
	void aDealWithACoachNeedsNoNewOne() {
		assertThat(moves(healthy())).noneMatch((m) -> m.startsWith("DEVELOP_COACH"));
	}

	@Test
	void anUnreachableDecisionMakerIsApproachedThroughAnIntroduction() {
		assertThat(NextMoves.of(Cases.withoutReach(healthy(), "dm"), this.settings)).anySatisfy((m) -> {
			assertThat(m.code()).isEqualTo("INTRODUCTION_TO_DECISION_MAKER");
			assertThat(m.viaId()).isEqualTo("coach");
		});
	}

	@Test
	void aHostileGatekeeperIsMetBeforeOpponentsAreContained() {
		DealCase deal = with(healthy(),
				player("tg", Attitude.OPPONENT, Influence.HIGH, Mode.GROWTH, Role.TECHNICAL_GATEKEEPER));
		deal = with(deal, player("legal", Attitude.NON_SUPPORTER, Influence.MEDIUM, Mode.UNKNOWN, Role.APPROVER));
		deal = withTies(deal, tie(TieType.INFLUENCES, "user", "legal"));
		List<Move> moves = NextMoves.of(deal, this.settings);
		assertThat(moves(deal)).containsSubsequence("MEET_GATEKEEPER:tg", "CONTAIN_OPPONENT:legal");
		assertThat(moves).filteredOn((m) -> m.code().equals("CONTAIN_OPPONENT"))
			.singleElement()
			.extracting(Move::viaId)
			.isEqualTo("user");
	}

	@Test
	void unknownKeyAttitudesAreFoundOut() {
		DealCase deal = with(healthy(), player("cfo", Attitude.UNKNOWN, Influence.HIGH, Mode.UNKNOWN, Role.APPROVER));
		assertThat(moves(deal)).contains("FIND_ATTITUDE:cfo");
	}

	@Test
	void movesAreRankedByWhatTheyPay() {
		DealCase deal = with(Cases.withoutReach(healthy(), "dm"),
				player("coach", Attitude.UNKNOWN, Influence.LOW, Mode.UNKNOWN, Role.COACH));
		List<Move> moves = NextMoves.of(deal, this.settings);
		assertThat(moves).extracting(Move::weight).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
	}

}
