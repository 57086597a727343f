package dev.dealgraph.assessment;

import java.util.List;
import java.util.Map;

import dev.dealgraph.deal.Stage;
import org.junit.jupiter.api.Test;

import static dev.dealgraph.assessment.Cases.AS_OF;
import static dev.dealgraph.assessment.Cases.deal;
import static dev.dealgraph.assessment.Cases.healthy;
import static dev.dealgraph.assessment.Cases.knows;
import static dev.dealgraph.assessment.Cases.withContacts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Recorded follow-ups in the probability and overdue key players in the moves, in plain
 * Java over {@link Cases#healthy()}: a design-stage deal whose decision-maker {@code dm}
 * Amy saw 10 days ago and whose gatekeeper {@code tg} nobody of ours knows.
 */
class FollowUpsTests {

	final AssessmentSettings settings = AssessmentSettings.defaults();

	@Test
	void keyPlayersWithTooFewContactsLowerTheOddsAndNameTheLeast() {
		DealCase deal = withContacts(healthy(), 4, 30, "dm", 5, "tg", 2);
		Factor few = factor(deal, "FEW_FOLLOW_UPS");
		assertThat(few.people()).containsExactly("tg");
		assertThat(few.details()).containsExactly(2, 4);
		assertThat(few.effect()).isEqualTo(this.settings.fewFollowUps());
		assertThat(codes(deal)).doesNotContain("FOLLOW_UPS_KEPT");
	}

	@Test
	void everyKeyPlayerWithEnoughRaisesTheOdds() {
		DealCase enough = withContacts(healthy(), 4, 30, "dm", 4, "tg", 11, "user", 0);
		assertThat(factor(enough, "FOLLOW_UPS_KEPT").people()).containsExactly("dm", "tg");
		double kept = WinProbability.of(enough, this.settings).value();
		double few = WinProbability.of(withContacts(healthy(), 4, 30, "dm", 4), this.settings).value();
		assertThat(WinProbability.logit(kept) - WinProbability.logit(few))
			.isCloseTo(this.settings.followUpsKept() - this.settings.fewFollowUps(), within(1e-9));
	}

	@Test
	void beforeTheStageWhereFollowUpsCountOrWithoutCountsNothingMoves() {
		DealCase early = deal(Stage.BREWING, healthy().players(), healthy().ties(), healthy().reach());
		assertThat(codes(withContacts(early, 4, 30))).doesNotContain("FEW_FOLLOW_UPS", "FOLLOW_UPS_KEPT");
		assertThat(codes(healthy())).doesNotContain("FEW_FOLLOW_UPS", "FOLLOW_UPS_KEPT");
		assertThat(WinProbability.of(withContacts(early, 4, 30), this.settings).value())
			.isEqualTo(WinProbability.of(early, this.settings).value());
	}

	@Test
	void aDecisionMakerNotSeenWithinTheRhythmGetsOneCatchUpFromWhoeverSawThemLast() {
		// Amy saw dm 10 days ago and Bo 40 days ago; a rhythm of 7 days makes dm overdue
		DealCase deal = new DealCase("d", healthy().summary(), List.of("amy", "bo"), healthy().players(),
				List.of(knows("amy", "dm", AS_OF.minusDays(10)), knows("bo", "dm", AS_OF.minusDays(400)),
						knows("amy", "coach", AS_OF.minusDays(5))),
				healthy().reach(), AS_OF, new DealCase.Contacts(Map.of(), 4, 7));
		List<Move> moves = NextMoves.of(deal, this.settings);
		List<Move> catchUps = moves.stream().filter((m) -> m.code().equals("CATCH_UP_KEY_PLAYER")).toList();
		assertThat(catchUps).hasSize(1);
		assertThat(catchUps.get(0).personId()).isEqualTo("dm");
		assertThat(catchUps.get(0).viaId()).isEqualTo("amy");
		assertThat(catchUps.get(0).details()).containsExactly(10L, 7L);
		// Bo's year-old tie would be stale, but one move for dm is enough
		assertThat(moves).noneMatch((m) -> m.code().equals("REFRESH_TIE") && m.personId().equals("dm"));
	}

	@Test
	void withinTheRhythmOrWithoutCountsThereIsNoCatchUp() {
		DealCase within = withContacts(healthy(), 4, 30);
		assertThat(NextMoves.of(within, this.settings)).noneMatch((m) -> m.code().equals("CATCH_UP_KEY_PLAYER"));
		DealCase unread = new DealCase("d", healthy().summary(), List.of("amy"), healthy().players(),
				List.of(knows("amy", "dm", AS_OF.minusDays(100))), healthy().reach(), AS_OF);
		List<Move> moves = NextMoves.of(unread, this.settings);
		assertThat(moves).noneMatch((m) -> m.code().equals("CATCH_UP_KEY_PLAYER"));
		assertThat(moves).anyMatch((m) -> m.code().equals("REFRESH_TIE") && m.personId().equals("dm"));
	}

	private Factor factor(DealCase deal, String code) {
		return WinProbability.of(deal, this.settings)
			.factors()
			.stream()
			.filter((f) -> f.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + code + " in " + codes(deal)));
	}

	private List<String> codes(DealCase deal) {
		return WinProbability.of(deal, this.settings).factors().stream().map(Factor::code).toList();
	}

}
