package dev.dealgraph.upkeep;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import dev.dealgraph.deal.Influence;
import dev.dealgraph.deal.Role;
import dev.dealgraph.deal.Stage;
import dev.dealgraph.upkeep.Cadence.Part;
import dev.dealgraph.upkeep.Cadence.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CadenceTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	final Cadence cadence = new Cadence(new CadenceSettings(Duration.ofDays(30), Duration.ofDays(60),
			Duration.ofDays(120), Stage.COMPARISON, 0.5, Duration.ofDays(7), 4));

	static Part part(Stage stage, Influence influence, int followUps, Role... roles) {
		return new Part("deal", stage, List.of(roles), influence, followUps);
	}

	@Test
	void keyPlayersOfLateDealsAreSeenMostOften() {
		assertThat(this.cadence.interval(List.of(part(Stage.COMMITMENT, Influence.HIGH, 0, Role.DECISION_MAKER))))
			.isEqualTo(15);
		assertThat(this.cadence.interval(List.of(part(Stage.DESIGN, Influence.HIGH, 0, Role.TECHNICAL_GATEKEEPER))))
			.isEqualTo(30);
		assertThat(this.cadence.interval(List.of(part(Stage.COMMITMENT, Influence.HIGH, 0, Role.USER)))).isEqualTo(60);
		assertThat(this.cadence.interval(List.of())).isEqualTo(120);
	}

	@Test
	void theMostDemandingDealSetsTheRhythm() {
		assertThat(this.cadence.interval(List.of(part(Stage.DESIGN, Influence.LOW, 0, Role.USER),
				part(Stage.USE, Influence.HIGH, 0, Role.DECISION_MAKER))))
			.isEqualTo(15);
	}

	@Test
	void someoneIsDueAWeekBeforeTheRhythmRunsOutAndOverdueAfter() {
		List<Part> user = List.of(part(Stage.DESIGN, Influence.MEDIUM, 0, Role.USER));
		assertThat(this.cadence.judge(TODAY.minusDays(52), user, TODAY)).isNull();
		assertThat(this.cadence.judge(TODAY.minusDays(53), user, TODAY).status()).isEqualTo(Status.DUE);
		assertThat(this.cadence.judge(TODAY.minusDays(60), user, TODAY).status()).isEqualTo(Status.DUE);
		assertThat(this.cadence.judge(TODAY.minusDays(61), user, TODAY).status()).isEqualTo(Status.OVERDUE);
		assertThat(this.cadence.judge(null, user, TODAY).status()).isEqualTo(Status.OVERDUE);
	}

	@Test
	void costIsInfluenceTimesStageTimesHowFarOverdue() {
		// high influence weighs 3, a comparison-stage deal its 0.30 base rate, 45 of 15
		// days is three times overdue
		var judged = this.cadence.judge(TODAY.minusDays(45),
				List.of(part(Stage.COMPARISON, Influence.HIGH, 0, Role.DECISION_MAKER)), TODAY);
		assertThat(judged.cost()).isCloseTo(3 * 0.30 * 3, within(1e-9));
		assertThat(judged.keyPlayer()).isTrue();
	}

	@Test
	void anInfluentialLateStageDecisionMakerOutranksAnEarlyUserOverdueAsLong() {
		var maker = this.cadence.judge(TODAY.minusDays(90),
				List.of(part(Stage.COMMITMENT, Influence.HIGH, 0, Role.DECISION_MAKER)), TODAY);
		var user = this.cadence.judge(TODAY.minusDays(90), List.of(part(Stage.INTEREST, Influence.LOW, 0, Role.USER)),
				TODAY);
		assertThat(maker.cost()).isGreaterThan(user.cost());
	}

	@Test
	void keyPlayersWithFewerThanFourFollowUpsAreFlaggedOthersNot() {
		assertThat(this.cadence.fewFollowUps(part(Stage.DESIGN, Influence.HIGH, 3, Role.DECISION_MAKER))).isTrue();
		assertThat(this.cadence.fewFollowUps(part(Stage.DESIGN, Influence.HIGH, 4, Role.DECISION_MAKER))).isFalse();
		assertThat(this.cadence.fewFollowUps(part(Stage.DESIGN, Influence.HIGH, 0, Role.USER))).isFalse();
	}

}
