package dev.dealgraph.deal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What one stakeholder is in one deal, as ranking and explaining paths need it.
 *
 * @param roles roles in the deal, in a fixed order
 * @param attitude attitude towards us in the deal
 * @param influence influence in the deal, when known
 * @param mode response mode in the deal: does the person see a gap worth closing?
 */
public record StakeholderFacts(List<Role> roles, Attitude attitude, @Nullable Influence influence, Mode mode) {

	public StakeholderFacts {
		roles = List.copyOf(roles);
	}

	public StakeholderFacts(List<Role> roles, Attitude attitude, @Nullable Influence influence) {
		this(roles, attitude, influence, Mode.UNKNOWN);
	}

	/** Whether they give the final approval. */
	public boolean decides() {
		return this.roles.contains(Role.DECISION_MAKER);
	}

}
