package dev.dealgraph.deal;

import java.util.List;
import java.util.Map;

/**
 * Who is on a deal's team and what each stakeholder is in it.
 *
 * @param dealId the deal
 * @param team ids of the colleagues on the deal team, in id order
 * @param stakeholders each stakeholder's facts by person id
 */
public record DealFacts(String dealId, List<String> team, Map<String, StakeholderFacts> stakeholders) {

	public DealFacts {
		team = List.copyOf(team);
		stakeholders = Map.copyOf(stakeholders);
	}

}
