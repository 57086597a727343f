package dev.dealgraph.relationship;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class DecayTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	final Decay decay = new Decay(Duration.ofDays(720), Duration.ofDays(365), Duration.ofDays(540),
			Duration.ofDays(120), Duration.ofDays(180), 0.1, true, null);

	@Test
	void strengthHalvesWithEachHalfLifeSinceTheLastContact() {
		assertThat(this.decay.effective(0.8, TrustLevel.SUPPLIER, TODAY.minusDays(365), TODAY)).isCloseTo(0.4,
				within(1e-9));
		assertThat(this.decay.effective(0.8, TrustLevel.SUPPLIER, TODAY.minusDays(730), TODAY)).isCloseTo(0.2,
				within(1e-9));
	}

	@Test
	void aPartnerTieLastsLongerThanAnOutsiders() {
		LocalDate halfAYearAgo = TODAY.minusDays(182);
		double partner = this.decay.effective(0.8, TrustLevel.PARTNER, halfAYearAgo, TODAY);
		double friend = this.decay.effective(0.8, TrustLevel.FRIEND, halfAYearAgo, TODAY);
		double supplier = this.decay.effective(0.8, TrustLevel.SUPPLIER, halfAYearAgo, TODAY);
		double outsider = this.decay.effective(0.8, TrustLevel.OUTSIDER, halfAYearAgo, TODAY);
		assertThat(partner).isGreaterThan(friend);
		assertThat(friend).isGreaterThan(supplier);
		assertThat(supplier).isGreaterThan(outsider);
	}

	@Test
	void ageNeverTakesATieBelowTheFloorNorRaisesOneAlreadyUnderIt() {
		assertThat(this.decay.effective(0.9, TrustLevel.OUTSIDER, TODAY.minusYears(10), TODAY)).isEqualTo(0.1);
		assertThat(this.decay.effective(0.05, TrustLevel.OUTSIDER, TODAY.minusYears(10), TODAY)).isEqualTo(0.05);
	}

	@Test
	void anUndatedTieOrOneContactedTodayOrLaterKeepsItsStrength() {
		assertThat(this.decay.effective(0.7, TrustLevel.FRIEND, null, TODAY)).isEqualTo(0.7);
		assertThat(this.decay.effective(0.7, TrustLevel.FRIEND, TODAY, TODAY)).isEqualTo(0.7);
		assertThat(this.decay.effective(0.7, TrustLevel.FRIEND, TODAY.plusDays(1), TODAY)).isEqualTo(0.7);
	}

	@Test
	void aTieWithoutATrustLevelUsesTheUnratedHalfLife() {
		assertThat(this.decay.effective(0.6, null, TODAY.minusDays(180), TODAY)).isCloseTo(0.3, within(1e-9));
	}

	@Test
	void monthsAgoCountsWholeMonths() {
		assertThat(Decay.monthsAgo(LocalDate.of(2025, 10, 1), TODAY)).isEqualTo(14);
		assertThat(Decay.monthsAgo(LocalDate.of(2026, 11, 2), TODAY)).isZero();
		assertThat(Decay.monthsAgo(null, TODAY)).isZero();
	}

	@Test
	void settingsThatCannotWorkAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Decay(Duration.ZERO, Duration.ofDays(1),
				Duration.ofDays(1), Duration.ofDays(1), Duration.ofDays(1), 0.1, true, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new Decay(Duration.ofDays(1), Duration.ofDays(1),
				Duration.ofDays(1), Duration.ofDays(1), Duration.ofDays(1), 0, true, null));
	}

}
