package dev.dealgraph.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.dealgraph.account.Accounts;
import dev.dealgraph.audit.AuditLog;
import dev.dealgraph.deal.Deal;
import dev.dealgraph.deal.Deals;
import dev.dealgraph.deal.Stakeholder;
import dev.dealgraph.deal.Stakeholders;
import dev.dealgraph.person.Colleagues;
import dev.dealgraph.person.Individuals;
import dev.dealgraph.person.Individuals.Kind;
import dev.dealgraph.person.People;
import dev.dealgraph.upkeep.Interactions;
import dev.dealgraph.system.Callers;
import dev.dealgraph.system.NotFoundException;
import dev.dealgraph.person.Person;
import dev.dealgraph.relationship.Tie;
import dev.dealgraph.relationship.Ties;
import dev.dealgraph.relationship.TrustHistory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
 * <li>every tie between two exported individuals;</li>
 * <li>the interactions recorded with its exported people, about no deal or one of its
 * deals (the others belong to the other account's export);</li>
 * <li>the trust progression of its KNOWS ties, as one mark per tie and day.</li>
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

	private final Individuals individuals;

	private final Accounts accounts;

	private final Colleagues colleagues;

	private final People people;

	private final Deals deals;

	private final Stakeholders stakeholders;

	private final Ties ties;

	private final Interactions interactions;

	private final TrustHistory history;

	private final AuditLog audit;

	private final TransactionTemplate reads;

	MapExport(Individuals individuals, Accounts accounts, Colleagues colleagues, People people, Deals deals,
			Stakeholders stakeholders, Ties ties, Interactions interactions, TrustHistory history, AuditLog audit,
			PlatformTransactionManager transactions) {
		this.interactions = interactions;
		this.history = history;
		this.audit = audit;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.individuals = individuals;
		this.accounts = accounts;
		this.colleagues = colleagues;
		this.people = people;
		this.deals = deals;
		this.stakeholders = stakeholders;
		this.ties = ties;
	}

	/**
	 * One account and everything around it, as the class comment lists. Personal data
	 * leaves the system here, so the audit records an export naming the account.
	 */
	public MapDocument export(String accountId) {
		MapDocument document = this.reads.execute((status) -> read(accountId));
		exported(document, "account", accountId);
		return document;
	}

	private MapDocument read(String accountId) {
		this.accounts.get(accountId);
		if (!Callers.scope().reads(accountId)) {
			throw new NotFoundException("account", accountId);
		}
		List<Deal> accountDeals = List.copyOf(this.deals.findAll(this.deals.idsAt(accountId)).values());
		List<String> dealIds = accountDeals.stream().map(Deal::id).toList();
		List<Stakeholder> facts = this.stakeholders.ofDeals(dealIds);
		Set<String> personIds = new TreeSet<>(this.people.idsAt(accountId));
		facts.forEach((fact) -> personIds.add(fact.personId()));
		personIds.addAll(tied(personIds, Kind.PERSON));
		Set<String> colleagueIds = tied(personIds, Kind.COLLEAGUE);
		accountDeals.forEach((deal) -> deal.team().forEach((seat) -> colleagueIds.add(seat.colleagueId())));
		List<Person> exportedPeople = List.copyOf(this.people.findAll(personIds).values());
		Set<String> accountIds = new TreeSet<>(List.of(accountId));
		exportedPeople.stream().map(Person::accountId).filter((id) -> id != null).forEach(accountIds::add);
		List<String> everyone = new ArrayList<>(personIds);
		everyone.addAll(colleagueIds);
		List<Tie> ties = this.ties.among(everyone);
		// the accounts of stakeholders from elsewhere, as far as the caller may read them
		return new MapDocument(List.copyOf(this.accounts.findAll(this.accounts.existing(accountIds)).values()),
				List.copyOf(this.colleagues.findAll(colleagueIds).values()), exportedPeople, accountDeals, facts, ties,
				this.interactions.withPeople(personIds, colleagueIds, dealIds), this.history.marks(ties));
	}

	/** The individuals of this kind tied to any of these people. */
	private Set<String> tied(Set<String> personIds, Kind kind) {
		return new TreeSet<>(this.individuals.existing(this.ties.neighbours(personIds), kind));
	}

	/**
	 * The whole database, as far as the caller may read it: every account, colleague,
	 * person, deal, stakeholder fact, tie and interaction, including accounts without
	 * people or deals, colleagues without ties and people without an account.
	 */
	public MapDocument exportAll() {
		MapDocument document = this.reads.execute((status) -> readAll());
		exported(document, "database", "all");
		return document;
	}

	/** Records, once the read is done, which accounts left in an export and how much. */
	private void exported(MapDocument document, String objectType, String objectId) {
		this.audit.record(
				AuditLog.EXPORT, objectType, objectId, null, java.util.Map.of("accounts", document.accounts().size(),
						"people", document.people().size(), "deals", document.deals().size()),
				document.accounts().stream().map((account) -> account.id()).toList());
	}

	private MapDocument readAll() {
		boolean all = Callers.scope().all();
		// a caller who may not read everything gets what they may read
		List<String> personIds = all ? this.people.allIds()
				: List.copyOf(new TreeSet<>(this.individuals.existing(this.people.allIds(), Kind.PERSON)));
		List<String> colleagueIds = this.colleagues.allIds();
		List<String> dealIds = all ? this.deals.allIds()
				: List.copyOf(new TreeSet<>(this.deals.existing(this.deals.allIds())));
		List<String> accountIds = all ? this.accounts.allIds()
				: List.copyOf(new TreeSet<>(this.accounts.existing(this.accounts.allIds())));
		List<String> everyone = new ArrayList<>(personIds);
		everyone.addAll(colleagueIds);
		List<Tie> ties = this.ties.among(everyone);
		return new MapDocument(List.copyOf(this.accounts.findAll(accountIds).values()),
				List.copyOf(this.colleagues.findAll(colleagueIds).values()),
				List.copyOf(this.people.findAll(personIds).values()), List.copyOf(this.deals.findAll(dealIds).values()),
				this.stakeholders.ofDeals(dealIds), ties, this.interactions.withPeople(personIds, colleagueIds, null),
				this.history.marks(ties));
	}

}
