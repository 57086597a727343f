package dev.dealgraph.paths;

import java.util.List;
import java.util.Map;

import dev.dealgraph.deal.StakeholderFacts;
import org.jspecify.annotations.Nullable;

/**
 * A path request checked once against the read model ({@link PathQuestions}): everything
 * the search and the answer need, every id known to exist.
 *
 * @param dealId the deal asked about; null for company-wide paths
 * @param sources the colleagues paths start from
 * @param targets the people to reach, in id order
 * @param noDecisionMaker whether the targets are empty because the deal names no
 * decision-maker
 * @param k paths per target
 * @param maxHops hop limit
 * @param via a person every path passes through
 * @param avoid people no path passes through
 * @param includeOpponents whether opponents may stand in between
 * @param factors each node's factor as an intermediate; 0 excludes it (an opponent, or
 * someone the caller may not read); never changed once asked, as it may be shared
 * @param facts the deal's stakeholder facts by person id; empty for company-wide paths
 */
record PathQuestion(@Nullable String dealId, List<String> sources, List<String> targets, boolean noDecisionMaker, int k,
		int maxHops, @Nullable String via, List<String> avoid, boolean includeOpponents, float[] factors,
		Map<String, StakeholderFacts> facts) {

	/** Whether {@code id} is a decision-maker of the deal asked about. */
	boolean decides(String id) {
		StakeholderFacts fact = this.facts.get(id);
		return fact != null && fact.decides();
	}

	/** Whether opponents were left out: only a deal has opponents at all. */
	boolean opponentsLeftOut() {
		return this.dealId != null && !this.includeOpponents;
	}

}
