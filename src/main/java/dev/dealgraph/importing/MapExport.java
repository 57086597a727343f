package dev.dealgraph.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.dealgraph.account.Accounts;
import dev.dealgraph.deal.Deals;
import dev.dealgraph.deal.Stakeholders;
import dev.dealgraph.person.Colleagues;
import dev.dealgraph.person.People;
import dev.dealgraph.person.Person;
import dev.dealgraph.relationship.Ties;
import dev.dealgraph.system.NodeLabel;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports map documents that import cleanly into an empty database, everything sorted by
 * id, each read in one read-only transaction.
 * <p>
 * An account's export holds:
 * <ol>
 * <li>the account, its deals with their teams, and every stakeholder fact of those
 * deals;</li>
 * <li>its people: those who work at it and the stakeholders of its deals;</li>
 * <li>everyone tied to its people by any of the four tie types, whichever account they
 * work at, and outside people;</li>
 * <li>the colleagues on its deal teams or tied to any exported person;</li>
 * <li>the account of every exported person (the account alone, not its deals or
 * people);</li>
 * <li>every tie between two exported individuals.</li>
 * </ol>
 * So every tie touching one of the account's people is in its export, and the exports of
 * all accounts together hold every tie that touches anyone working at an account or
 * standing in a deal: importing their union into an empty database and exporting each
 * account again gives the same documents. Colleagues, outside people and the ties among
 * them that touch no account's people are only in the {@linkplain #exportAll() whole
 * export}.
 */
@Service
public class MapExport {

	private final Neo4jClient client;

	private final Accounts accounts;

	private final Colleagues colleagues;

	private final People people;

	private final Deals deals;

	private final Stakeholders stakeholders;

	private final Ties ties;

	MapExport(Neo4jClient client, Accounts accounts, Colleagues colleagues, People people, Deals deals,
			Stakeholders stakeholders, Ties ties) {
		this.client = client;
		this.accounts = accounts;
		this.colleagues = colleagues;
		this.people = people;
		this.deals = deals;
		this.stakeholders = stakeholders;
		this.ties = ties;
	}

	/** One account and everything around it, as the class comment lists. */
	@Transactional(readOnly = true)
	public MapDocument export(String accountId) {
		this.accounts.get(accountId);
		List<String> dealIds = this.deals.idsAt(accountId);
		Set<String> personIds = new TreeSet<>(this.client.query("""
				MATCH (p:Person)
				WHERE EXISTS { (p)-[:WORKS_AT]->(:Account {id: $id}) }
				   OR EXISTS { (p)-[:IN_DEAL]->(:Deal)-[:AT]->(:Account {id: $id}) }
				RETURN p.id""").bind(accountId).to("id").fetchAs(String.class).all());
		personIds.addAll(this.client.query("""
				MATCH (p:Person)-[:KNOWS|INFLUENCES|REPORTS_TO|CONFLICTS_WITH]-(o:Person)
				WHERE p.id IN $ids
				RETURN DISTINCT o.id""").bind(personIds).to("ids").fetchAs(String.class).all());
		Set<String> colleagueIds = new TreeSet<>(this.client.query("""
				MATCH (c:Colleague)
				WHERE EXISTS { (c)-[:ON_TEAM]->(d:Deal) WHERE d.id IN $deals }
				   OR EXISTS { (c)-[:KNOWS|INFLUENCES|REPORTS_TO|CONFLICTS_WITH]-(p:Person) WHERE p.id IN $people }
				RETURN c.id""").bindAll(Map.of("deals", dealIds, "people", personIds)).fetchAs(String.class).all());
		List<Person> exportedPeople = List.copyOf(this.people.findAll(personIds).values());
		Set<String> accountIds = new TreeSet<>(List.of(accountId));
		exportedPeople.stream().map(Person::accountId).filter((id) -> id != null).forEach(accountIds::add);
		List<String> everyone = new ArrayList<>(personIds);
		everyone.addAll(colleagueIds);
		return new MapDocument(List.copyOf(this.accounts.findAll(accountIds).values()),
				List.copyOf(this.colleagues.findAll(colleagueIds).values()), exportedPeople,
				List.copyOf(this.deals.findAll(dealIds).values()), this.stakeholders.ofDeals(dealIds),
				this.ties.among(everyone));
	}

	/**
	 * The whole database: every account, colleague, person, deal, stakeholder fact and
	 * tie, including accounts without people or deals, colleagues without ties and people
	 * without an account.
	 */
	@Transactional(readOnly = true)
	public MapDocument exportAll() {
		List<String> personIds = allIds(NodeLabel.Person);
		List<String> colleagueIds = allIds(NodeLabel.Colleague);
		List<String> dealIds = allIds(NodeLabel.Deal);
		List<String> everyone = new ArrayList<>(personIds);
		everyone.addAll(colleagueIds);
		return new MapDocument(List.copyOf(this.accounts.findAll(allIds(NodeLabel.Account)).values()),
				List.copyOf(this.colleagues.findAll(colleagueIds).values()),
				List.copyOf(this.people.findAll(personIds).values()), List.copyOf(this.deals.findAll(dealIds).values()),
				this.stakeholders.ofDeals(dealIds), this.ties.among(everyone));
	}

	private List<String> allIds(NodeLabel label) {
		return List.copyOf(this.client.query("MATCH (n:%s) RETURN n.id ORDER BY n.id".formatted(label.name()))
			.fetchAs(String.class)
			.all());
	}

}
