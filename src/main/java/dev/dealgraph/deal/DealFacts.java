package dev.dealgraph.deal;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a deal is, who is on its team and what each stakeholder is in it.
 *
 * @param dealId the deal
 * @param team ids of the colleagues on the deal team, in id order
 * @param stakeholders each stakeholder's facts by person id
 * @param summary the deal's own facts (account, stage, value, status)
 */
public record DealFacts(String dealId, List<String> team, Map<String, StakeholderFacts> stakeholders, Summary summary) {

	public DealFacts {
		team = List.copyOf(team);
		stakeholders = Map.copyOf(stakeholders);
	}

	public DealFacts(String dealId, List<String> team, Map<String, StakeholderFacts> stakeholders) {
		this(dealId, team, stakeholders, new Summary(null, dealId, Stage.INTEREST, null, null, DealStatus.OPEN));
	}

	/**
	 * The deal's own facts, as a pipeline lists them.
	 *
	 * @param accountId the account the deal is at
	 * @param name display name
	 * @param stage procurement stage
	 * @param value expected value in whole currency units
	 * @param currency ISO 4217 code
	 * @param status open, won or lost
	 */
	public record Summary(@Nullable String accountId, String name, Stage stage, @Nullable Long value,
			@Nullable String currency, DealStatus status) {
	}

}
