package dev.dealgraph.assessment;

import java.util.List;

import dev.dealgraph.deal.Influence;
import dev.dealgraph.relationship.TieDetail;
import dev.dealgraph.relationship.TieType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Informal influence against the formal line, in a small made-up company. */
class HiddenInfluenceTests {

	private static final List<HiddenInfluence.Member> COMPANY = List.of(
			new HiddenInfluence.Member("ceo", "CEO", "Chief Executive Officer", Influence.HIGH),
			new HiddenInfluence.Member("cfo", "CFO", "Chief Financial Officer", Influence.HIGH),
			new HiddenInfluence.Member("cto", "CTO", "Chief Technology Officer", null),
			new HiddenInfluence.Member("assistant", "Assistant", "Executive Assistant", Influence.LOW),
			new HiddenInfluence.Member("architect", "Architect", "Head of Architecture", Influence.HIGH),
			new HiddenInfluence.Member("analyst", "Analyst", "Analyst", Influence.LOW));

	private static TieDetail reports(String from, String to) {
		return new TieDetail(TieType.REPORTS_TO, from, to, Float.NaN, null, null);
	}

	private static TieDetail influences(String from, String to, float strength) {
		return new TieDetail(TieType.INFLUENCES, from, to, strength, null, null);
	}

	private static final List<TieDetail> LINES = List.of(reports("cfo", "ceo"), reports("cto", "ceo"),
			reports("assistant", "ceo"), reports("architect", "cto"), reports("analyst", "cfo"));

	@Test
	void theFormalLineAloneHidesNobody() {
		assertThat(HiddenInfluence.of(COMPANY, LINES, 1.5)).isEmpty();
	}

	@Test
	void anAssistantWhoSwaysTheChiefExecutiveIsAHiddenInfluencer() {
		List<TieDetail> ties = new java.util.ArrayList<>(LINES);
		ties.add(influences("assistant", "ceo", 0.9f));
		assertThat(HiddenInfluence.of(COMPANY, ties, 1.5)).singleElement().satisfies((p) -> {
			assertThat(p.personId()).isEqualTo("assistant");
			assertThat(p.reason()).isEqualTo("ABOVE_STATED");
			assertThat(p.sways()).containsOnlyKeys("ceo");
		});
	}

	@Test
	void anArchitectWhoOutranksTheirManagerIsHiddenDespiteASeniorTitle() {
		List<TieDetail> ties = new java.util.ArrayList<>(LINES);
		ties.add(influences("architect", "cfo", 0.8f));
		ties.add(influences("architect", "ceo", 0.7f));
		assertThat(HiddenInfluence.of(COMPANY, ties, 1.5))
			.extracting(HiddenInfluence.Person::personId, HiddenInfluence.Person::reason,
					HiddenInfluence.Person::managerId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("architect", "ABOVE_MANAGER", "cto"));
	}

}
