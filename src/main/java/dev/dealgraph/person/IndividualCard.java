package dev.dealgraph.person;

import org.jspecify.annotations.Nullable;

/**
 * A person or colleague as a list of names shows them.
 *
 * @param id the person's or colleague's id
 * @param name display name
 * @param title job title
 * @param side ours, the customer's, or outside both
 * @param accountId the account a customer-side person works at
 * @param temperament how the person prefers to be worked with; unknown when not recorded
 */
public record IndividualCard(String id, String name, @Nullable String title, Side side, @Nullable String accountId,
		Temperament temperament) {

	public IndividualCard(String id, String name, @Nullable String title, Side side) {
		this(id, name, title, side, null, Temperament.UNKNOWN);
	}

}
