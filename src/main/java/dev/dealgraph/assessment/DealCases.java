package dev.dealgraph.assessment;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.dealgraph.deal.DealFacts;
import dev.dealgraph.deal.StakeholderFacts;
import dev.dealgraph.paths.ReadView;
import dev.dealgraph.person.IndividualCard;
import dev.dealgraph.person.Temperament;
import dev.dealgraph.relationship.TieDetail;
import org.jspecify.annotations.Nullable;

/** Gathers a {@link DealCase} from one state of the read model. */
final class DealCases {

	private DealCases() {
	}

	/**
	 * The case of one deal. With {@code everyone}, reach is worked out for every
	 * stakeholder (the deal's own assessment shows it in its coverage); without, for the
	 * decision-makers only, which is all the red flags and the probability read. With
	 * {@code aged}, reach is scored at the strength ties have left after age; the
	 * contacts recorded on the deal come along when given.
	 */
	static DealCase of(ReadView view, DealFacts facts, AssessmentSettings settings, boolean everyone, boolean aged,
			DealCase.@Nullable Contacts contacts) {
		Map<String, StakeholderFacts> sorted = new TreeMap<>(facts.stakeholders());
		List<Player> players = new ArrayList<>();
		sorted.forEach((id, fact) -> {
			IndividualCard card = view.individual(id).orElse(null);
			players.add(new Player(id, (card != null) ? card.name() : id, (card != null) ? card.title() : null,
					(card != null) ? card.temperament() : Temperament.UNKNOWN, fact.roles(), fact.attitude(),
					fact.influence(), fact.mode()));
		});
		// every tie that matters touches a stakeholder, our team's ties to them included
		Set<TieDetail> ties = new LinkedHashSet<>();
		sorted.keySet().forEach((id) -> ties.addAll(view.ties(id)));
		return new DealCase(facts.dealId(), facts.summary(), facts.team(), players, List.copyOf(ties), view
			.reach(facts.dealId(), everyone ? sorted.keySet()
					: sorted.entrySet().stream().filter((e) -> e.getValue().decides()).map(Map.Entry::getKey).toList(),
					settings.maxHops(), aged),
				asOf(settings), contacts);
	}

	static LocalDate asOf(AssessmentSettings settings) {
		return (settings.asOf() != null) ? settings.asOf() : LocalDate.now(ZoneOffset.UTC);
	}

}
