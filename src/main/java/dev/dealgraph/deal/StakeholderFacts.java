package dev.dealgraph.deal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What one stakeholder is in one deal, as ranking and explaining paths need it.
 *
 * @param roles roles in the deal, in a fixed order
 * @param attitude attitude towards us in the deal
 * @param influence influence in the deal, when known
 */
public record StakeholderFacts(List<Role> roles, Attitude attitude, @Nullable Influence influence) {

	public StakeholderFacts {
		roles = List.copyOf(roles);
	}

	/** Whether they give the final approval. */
	public boolean decides() {
		return this.roles.contains(Role.DECISION_MAKER);
	}

}
