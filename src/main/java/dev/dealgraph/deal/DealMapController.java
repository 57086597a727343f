package dev.dealgraph.deal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.dealgraph.account.Accounts;
import dev.dealgraph.person.Colleague;
import dev.dealgraph.person.Colleagues;
import dev.dealgraph.person.People;
import dev.dealgraph.person.Person;
import dev.dealgraph.relationship.Ties;
import dev.dealgraph.system.ValidId;
import dev.dealgraph.system.Visibility;
import dev.dealgraph.system.Visibility.Kind;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DealMapController {

	private final Deals deals;

	private final DealVersions versions;

	private final Stakeholders stakeholders;

	private final Accounts accounts;

	private final People people;

	private final Colleagues colleagues;

	private final Ties ties;

	private final Visibility visibility;

	DealMapController(Deals deals, DealVersions versions, Stakeholders stakeholders, Accounts accounts, People people,
			Colleagues colleagues, Ties ties, Visibility visibility) {
		this.visibility = visibility;
		this.deals = deals;
		this.versions = versions;
		this.stakeholders = stakeholders;
		this.accounts = accounts;
		this.people = people;
		this.colleagues = colleagues;
		this.ties = ties;
	}

	/** Read in one transaction, so the parts and the version belong together. */
	@GetMapping("/api/v1/deals/{dealId}/map")
	@Transactional(readOnly = true)
	public ResponseEntity<DealMap> map(@PathVariable @ValidId String dealId) {
		// everyone in a readable deal is readable, so the deal alone is judged
		this.visibility.requireRead(Kind.DEAL, dealId);
		Deal deal = this.deals.get(dealId);
		long version = this.versions.current(dealId);
		List<Stakeholder> facts = this.stakeholders.ofDeals(List.of(dealId));
		Map<String, Person> persons = this.people.findAll(facts.stream().map(Stakeholder::personId).toList());
		Map<String, Colleague> members = this.colleagues
			.findAll(deal.team().stream().map(TeamMember::colleagueId).toList());
		List<String> everyone = new ArrayList<>(persons.keySet());
		everyone.addAll(members.keySet());
		DealMap map = new DealMap(deal, version, this.accounts.get(deal.accountId()),
				deal.team().stream().map((m) -> new DealMap.TeamSeat(members.get(m.colleagueId()), m.role())).toList(),
				facts.stream().map((f) -> new DealMap.StakeholderView(persons.get(f.personId()), f)).toList(),
				this.ties.among(everyone));
		return ResponseEntity.ok().eTag(DealVersions.etag(version)).body(map);
	}

}
