package dev.dealgraph.deal;

import java.util.List;

import dev.dealgraph.account.Account;
import dev.dealgraph.person.Colleague;
import dev.dealgraph.person.Person;
import dev.dealgraph.relationship.Tie;
import org.jspecify.annotations.Nullable;

/**
 * A whole deal in one document: the deal, its account, our team, the people on the deal
 * with their deal facts, and every tie among all of them.
 *
 * @param deal the deal
 * @param version the deal map's version, also sent as the ETag
 * @param account the account the deal is at
 * @param team our colleagues on the deal with their role
 * @param stakeholders the people on the deal with their facts in this deal
 * @param ties every tie among the team and the stakeholders
 */
public record DealMap(Deal deal, long version, Account account, List<TeamSeat> team, List<StakeholderView> stakeholders,
		List<Tie> ties) {

	/**
	 * A colleague on the team.
	 *
	 * @param colleague who
	 * @param role what they do on this deal
	 */
	public record TeamSeat(Colleague colleague, @Nullable String role) {
	}

	/**
	 * A person on the deal.
	 *
	 * @param person who
	 * @param facts what they are in this deal
	 */
	public record StakeholderView(Person person, Stakeholder facts) {
	}

}
