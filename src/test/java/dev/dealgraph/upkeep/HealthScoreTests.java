package dev.dealgraph.upkeep;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.dealgraph.relationship.Decay;
import dev.dealgraph.relationship.TrustHistory.Standing;
import dev.dealgraph.relationship.TrustLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The health score and the monthly series in plain Java. */
class HealthScoreTests {

	static final Decay DECAY = new Decay(Duration.ofDays(720), Duration.ofDays(365), Duration.ofDays(540),
			Duration.ofDays(120), Duration.ofDays(180), 0.1, true, null);

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@Test
	void noTieIsZeroWhateverTheContacts() {
		assertThat(HealthScore.score(5, List.of(), null, outcomes(3, 0, 0))).isZero();
	}

	@Test
	void aWarmPartnerKnownByEveryoneAndWorkedIsAHundred() {
		assertThat(HealthScore.score(1, List.of(TrustLevel.PARTNER), 1.0, outcomes(1, 0, 0))).isEqualTo(100);
	}

	@Test
	void eachPartWeighsAsDocumented() {
		// an outsider at full strength, one of two people known, no contact that month:
		// 0 trust + 30 warmth + 7.5 coverage + 0 activity
		assertThat(HealthScore.score(2, List.of(TrustLevel.OUTSIDER), 1.0, outcomes(0, 0, 0))).isEqualTo(38);
		// a friend and a supplier count half each, over the account's people
		assertThat(HealthScore.score(4, List.of(TrustLevel.FRIEND, TrustLevel.SUPPLIER), 0.0, outcomes(0, 0, 0)))
			.isEqualTo(Math.round(40 * 0.25f + 7.5f));
		// an unrated tie a quarter
		assertThat(HealthScore.score(1, Arrays.asList((TrustLevel) null), 0.0, outcomes(0, 0, 0)))
			.isEqualTo(Math.round(40 * 0.25f + 15));
		// a neutral contact counts half, a negative one nothing
		assertThat(HealthScore.score(1, List.of(TrustLevel.OUTSIDER), 0.0, outcomes(0, 1, 0))).isEqualTo(23);
		assertThat(HealthScore.score(1, List.of(TrustLevel.OUTSIDER), 0.0, outcomes(0, 0, 4))).isEqualTo(15);
	}

	@Test
	void trustRaisesTheScoreStepByStepAndANewOutsiderNeverLowersIt() {
		int outsider = HealthScore.score(2, List.of(TrustLevel.OUTSIDER), 0.5, outcomes(0, 0, 0));
		int friend = HealthScore.score(2, List.of(TrustLevel.FRIEND), 0.5, outcomes(0, 0, 0));
		int partner = HealthScore.score(2, List.of(TrustLevel.PARTNER), 0.5, outcomes(0, 0, 0));
		assertThat(outsider).isLessThan(friend);
		assertThat(friend).isLessThan(partner);
		assertThat(HealthScore.score(2, List.of(TrustLevel.PARTNER, TrustLevel.OUTSIDER), 0.5, outcomes(0, 0, 0)))
			.isGreaterThan(partner);
		assertThat(HealthScore.better(TrustLevel.OUTSIDER, null)).isNull();
		assertThat(HealthScore.better(TrustLevel.PARTNER, TrustLevel.FRIEND)).isEqualTo(TrustLevel.PARTNER);
	}

	@Test
	void theSeriesReadsLevelsAsTheyStoodAndAgesFromTheLastContactBeforeEachDay() {
		Standing tie = new Standing("amy", "kim", new Standing.Now(0.8, TrustLevel.PARTNER, LocalDate.of(2026, 11, 10)),
				List.of(mark("2026-03-02", TrustLevel.OUTSIDER), mark("2026-07-15", TrustLevel.FRIEND),
						mark("2026-12-02", TrustLevel.PARTNER)));
		List<HealthSeries.Contact> contacts = List.of(
				new HealthSeries.Contact("amy", "kim", LocalDate.of(2026, 6, 20), Outcome.POSITIVE),
				new HealthSeries.Contact("amy", "kim", LocalDate.of(2026, 11, 10), Outcome.NEUTRAL));
		List<HealthPoint> points = new HealthSeries(DECAY, TODAY).points(12, 2, List.of(tie), contacts);
		assertThat(points).extracting(HealthPoint::month).startsWith("2026-01").endsWith("2026-12");
		// not yet known in January and February
		assertThat(points.get(0).ties()).isZero();
		assertThat(points.get(1).ties()).isZero();
		assertThat(points.get(2).byTrust()).containsEntry("OUTSIDER", 1);
		assertThat(points.get(6).byTrust()).containsEntry("FRIEND", 1);
		// a step written after today's date (a pinned day) counts from today: the tie as
		// it stands
		assertThat(points.get(11).byTrust()).containsEntry("PARTNER", 1);
		// undated until June: full strength; then it ages from 20 June (a friend's
		// half-life is 540 days) until the November contact
		assertThat(points.get(4).meanStrength()).isEqualTo(0.8);
		double october = 0.8 * Math.pow(0.5, 133 / 540.0);
		assertThat(points.get(9).meanStrength()).isEqualTo(Math.round(october * 1000) / 1000.0);
		assertThat(points.get(10).interactions()).isEqualTo(1);
		assertThat(points.get(10).outcomes()).containsEntry("NEUTRAL", 1);
		assertThat(points.get(5).outcomes()).containsEntry("POSITIVE", 1);
		assertThat(points.get(10).known()).isEqualTo(1);
		assertThat(points.get(10).people()).isEqualTo(2);
	}

	@Test
	void aTieRecordedLateCountsFromItsFirstContactAndAnEndedOneStops() {
		Standing late = new Standing("amy", "li", new Standing.Now(0.5, TrustLevel.FRIEND, LocalDate.of(2026, 5, 5)),
				List.of(mark("2026-11-20", TrustLevel.FRIEND)));
		Standing ended = new Standing("amy", "bo", null, List.of(mark("2026-02-01", TrustLevel.SUPPLIER),
				new Standing.Mark(OffsetDateTime.of(2026, 8, 3, 9, 0, 0, 0, ZoneOffset.UTC), null, true, null)));
		List<HealthPoint> points = new HealthSeries(DECAY, TODAY).points(12, 2, List.of(late, ended), List.of());
		assertThat(points.get(3).ties()).isEqualTo(1);
		assertThat(points.get(3).byTrust()).containsEntry("SUPPLIER", 1);
		assertThat(points.get(4).byTrust()).containsEntry("FRIEND", 1).containsEntry("SUPPLIER", 1);
		assertThat(points.get(8).byTrust()).containsEntry("FRIEND", 1).containsEntry("SUPPLIER", 0);
		assertThat(points.get(11).ties()).isEqualTo(1);
	}

	static Standing.Mark mark(String day, TrustLevel level) {
		return new Standing.Mark(LocalDate.parse(day).atStartOfDay().atOffset(ZoneOffset.UTC), level, false, null);
	}

	static Map<Outcome, Integer> outcomes(int positive, int neutral, int negative) {
		Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
		outcomes.put(Outcome.POSITIVE, positive);
		outcomes.put(Outcome.NEUTRAL, neutral);
		outcomes.put(Outcome.NEGATIVE, negative);
		return outcomes;
	}

}
