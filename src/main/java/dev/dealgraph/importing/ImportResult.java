package dev.dealgraph.importing;

/**
 * What an import did, per kind of item.
 *
 * @param accounts accounts
 * @param colleagues colleagues
 * @param people people
 * @param deals deals
 * @param stakeholders stakeholder facts
 * @param relationships ties
 */
public record ImportResult(Counts accounts, Counts colleagues, Counts people, Counts deals, Counts stakeholders,
		Counts relationships) {

	/**
	 * Items created, changed, or found already as the document says.
	 *
	 * @param created new items
	 * @param updated existing items that changed
	 * @param unchanged items already as the document says
	 */
	public record Counts(int created, int updated, int unchanged) {
	}

}
