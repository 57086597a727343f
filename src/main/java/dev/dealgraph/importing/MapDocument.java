package dev.dealgraph.importing;

import java.util.List;

import dev.dealgraph.account.Account;
import dev.dealgraph.deal.Deal;
import dev.dealgraph.deal.Stakeholder;
import dev.dealgraph.person.Colleague;
import dev.dealgraph.person.Person;
import dev.dealgraph.relationship.Tie;
import dev.dealgraph.relationship.TrustMark;
import dev.dealgraph.upkeep.Interaction;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A whole stakeholder map: what {@code POST /import} takes and {@code /export} gives.
 * Lists are never null; each is in a fixed order on export so documents compare equal.
 *
 * @param accounts customer organisations
 * @param colleagues our own people
 * @param people customer-side and outside people
 * @param deals deals with their team
 * @param stakeholders deal-scoped facts about people
 * @param relationships ties between individuals
 * @param interactions recorded contacts, each recorded once whatever the number of
 * imports
 * @param trustHistory the trust progression of this document's KNOWS ties, one mark per
 * tie and day (an export gives the day's last level; the steps themselves, with their
 * times and authors, are read per tie)
 */
public record MapDocument(List<@NotNull @Valid Account> accounts, List<@NotNull @Valid Colleague> colleagues,
		List<@NotNull @Valid Person> people, List<@NotNull @Valid Deal> deals,
		List<@NotNull @Valid Stakeholder> stakeholders, List<@NotNull @Valid Tie> relationships,
		List<@NotNull @Valid Interaction> interactions,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<@NotNull @Valid TrustMark> trustHistory) {

	public MapDocument(List<Account> accounts, List<Colleague> colleagues, List<Person> people, List<Deal> deals,
			List<Stakeholder> stakeholders, List<Tie> relationships) {
		this(accounts, colleagues, people, deals, stakeholders, relationships, List.of());
	}

	public MapDocument(List<Account> accounts, List<Colleague> colleagues, List<Person> people, List<Deal> deals,
			List<Stakeholder> stakeholders, List<Tie> relationships, List<Interaction> interactions) {
		this(accounts, colleagues, people, deals, stakeholders, relationships, interactions, List.of());
	}

	public MapDocument {
		accounts = nonNull(accounts);
		colleagues = nonNull(colleagues);
		people = nonNull(people);
		deals = nonNull(deals);
		stakeholders = nonNull(stakeholders);
		relationships = nonNull(relationships);
		interactions = nonNull(interactions);
		trustHistory = nonNull(trustHistory);
	}

	int size() {
		return this.accounts.size() + this.colleagues.size() + this.people.size() + this.deals.size()
				+ this.stakeholders.size() + this.relationships.size() + this.interactions.size()
				+ this.trustHistory.size();
	}

	private static <T> List<T> nonNull(List<T> list) {
		// null items stay, so validation can name them
		return (list != null) ? java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list)) : List.of();
	}

}
