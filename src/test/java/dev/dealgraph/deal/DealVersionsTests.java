package dev.dealgraph.deal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DealVersionsTests {

	@Test
	void ifMatchAcceptsTheCurrentStrongOrWeakTagOrAStar() {
		assertThat(DealVersions.matches("\"7\"", 7)).isTrue();
		assertThat(DealVersions.matches("W/\"7\"", 7)).isTrue();
		assertThat(DealVersions.matches("\"3\", \"7\"", 7)).isTrue();
		assertThat(DealVersions.matches("*", 7)).isTrue();
		assertThat(DealVersions.matches("\"6\"", 7)).isFalse();
		assertThat(DealVersions.matches("7", 7)).isFalse();
	}

}
