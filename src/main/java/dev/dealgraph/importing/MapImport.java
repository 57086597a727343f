package dev.dealgraph.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

import dev.dealgraph.account.Account;
import dev.dealgraph.account.Accounts;
import dev.dealgraph.deal.Deal;
import dev.dealgraph.deal.Deals;
import dev.dealgraph.deal.Stakeholder;
import dev.dealgraph.deal.Stakeholders;
import dev.dealgraph.importing.ImportResult.Counts;
import dev.dealgraph.person.Colleague;
import dev.dealgraph.person.Colleagues;
import dev.dealgraph.person.People;
import dev.dealgraph.person.Person;
import dev.dealgraph.relationship.Tie;
import dev.dealgraph.relationship.Ties;
import dev.dealgraph.system.Checks;
import dev.dealgraph.system.FieldProblem;
import dev.dealgraph.system.GraphWrites;
import dev.dealgraph.system.InvalidInputException;
import dev.dealgraph.system.NodeLabel;
import dev.dealgraph.system.Nodes;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Service;

/**
 * Imports a whole map document: everything is validated before anything is written, then
 * only what differs from the database is written, in one transaction. Importing the same
 * document twice changes nothing.
 */
@Service
public class MapImport {

	private final Checks checks;

	private final GraphWrites writes;

	private final Nodes nodes;

	private final Accounts accounts;

	private final Colleagues colleagues;

	private final People people;

	private final Deals deals;

	private final Stakeholders stakeholders;

	private final Ties ties;

	private final ImportProperties properties;

	MapImport(Checks checks, GraphWrites writes, Nodes nodes, Accounts accounts, Colleagues colleagues, People people,
			Deals deals, Stakeholders stakeholders, Ties ties, ImportProperties properties) {
		this.checks = checks;
		this.writes = writes;
		this.nodes = nodes;
		this.accounts = accounts;
		this.colleagues = colleagues;
		this.people = people;
		this.deals = deals;
		this.stakeholders = stakeholders;
		this.ties = ties;
		this.properties = properties;
	}

	/**
	 * Limits of one document.
	 *
	 * @param maxItems how many items of all kinds one document may hold
	 */
	@ConfigurationProperties("dealgraph.import")
	public record ImportProperties(@DefaultValue("20000") int maxItems) {
	}

	public ImportResult importDocument(MapDocument document) {
		if (document.size() > this.properties.maxItems()) {
			throw new InvalidInputException("body", "the document holds " + document.size() + " items; at most "
					+ this.properties.maxItems() + " are accepted in one import");
		}
		List<FieldProblem> problems = new ArrayList<>(this.checks.problems("", document));
		if (problems.isEmpty()) {
			problems.addAll(duplicatesAndTypes(document));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return this.writes.inTransaction(() -> {
			List<FieldProblem> references = references(document);
			if (!references.isEmpty()) {
				throw new InvalidInputException(references);
			}
			return write(document);
		});
	}

	private List<FieldProblem> duplicatesAndTypes(MapDocument doc) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, String> individuals = new HashMap<>();
		unique("accounts", doc.accounts(), Account::id, new HashMap<>(), problems);
		unique("colleagues", doc.colleagues(), Colleague::id, individuals, problems);
		unique("people", doc.people(), Person::id, individuals, problems);
		unique("deals", doc.deals(), Deal::id, new HashMap<>(), problems);
		unique("stakeholders", doc.stakeholders(), (s) -> s.dealId() + " / " + s.personId(), new HashMap<>(), problems);
		for (int i = 0; i < doc.deals().size(); i++) {
			unique("deals[" + i + "].team", doc.deals().get(i).team(), (m) -> m.colleagueId(), new HashMap<>(),
					problems);
		}
		for (int i = 0; i < doc.relationships().size(); i++) {
			Tie tie = doc.relationships().get(i);
			for (FieldProblem problem : tie.typeProblems()) {
				problems.add(new FieldProblem("relationships[" + i + "]." + problem.field(), problem.message()));
			}
			for (int j = 0; j < i; j++) {
				if (tie.sameEnds(doc.relationships().get(j))) {
					problems
						.add(new FieldProblem("relationships[" + i + "]", "duplicate " + tie.type() + " tie between '"
								+ tie.from() + "' and '" + tie.to() + "' (also relationships[" + j + "])"));
					break;
				}
			}
		}
		return problems;
	}

	private static <T> void unique(String list, List<T> items, Function<T, String> key, Map<String, String> seen,
			List<FieldProblem> problems) {
		for (int i = 0; i < items.size(); i++) {
			String id = key.apply(items.get(i));
			String here = list + "[" + i + "]";
			String earlier = seen.putIfAbsent(id, here);
			if (earlier != null) {
				problems.add(new FieldProblem(here, "duplicate id '" + id + "' (also " + earlier + ")"));
			}
		}
	}

	private List<FieldProblem> references(MapDocument doc) {
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> accountIds = known(NodeLabel.Account, doc.accounts().stream().map(Account::id).toList(),
				doc.people().stream().map(Person::accountId).filter((id) -> id != null).toList(),
				doc.deals().stream().map(Deal::accountId).toList());
		Set<String> colleagueIds = known(NodeLabel.Colleague, doc.colleagues().stream().map(Colleague::id).toList(),
				doc.deals().stream().flatMap((d) -> d.team().stream()).map((m) -> m.colleagueId()).toList(),
				doc.relationships().stream().flatMap((t) -> java.util.stream.Stream.of(t.from(), t.to())).toList(),
				doc.people().stream().map(Person::id).toList());
		Set<String> personIds = known(NodeLabel.Person, doc.people().stream().map(Person::id).toList(),
				doc.stakeholders().stream().map(Stakeholder::personId).toList(),
				doc.relationships().stream().flatMap((t) -> java.util.stream.Stream.of(t.from(), t.to())).toList(),
				doc.colleagues().stream().map(Colleague::id).toList());
		Set<String> dealIds = known(NodeLabel.Deal, doc.deals().stream().map(Deal::id).toList(),
				doc.stakeholders().stream().map(Stakeholder::dealId).toList());
		Set<String> docPeople = ids(doc.people(), Person::id);
		Set<String> docColleagues = ids(doc.colleagues(), Colleague::id);
		for (int i = 0; i < doc.people().size(); i++) {
			Person person = doc.people().get(i);
			if (colleagueIds.contains(person.id()) && !docColleagues.contains(person.id())) {
				problems.add(new FieldProblem("people[" + i + "].id",
						"'" + person.id() + "' is already a colleague's id; people and colleagues share one id space"));
			}
			refer("people[" + i + "].accountId", person.accountId(), accountIds, "account", problems);
		}
		for (int i = 0; i < doc.colleagues().size(); i++) {
			String id = doc.colleagues().get(i).id();
			if (personIds.contains(id) && !docPeople.contains(id)) {
				problems.add(new FieldProblem("colleagues[" + i + "].id",
						"'" + id + "' is already a person's id; people and colleagues share one id space"));
			}
		}
		for (int i = 0; i < doc.deals().size(); i++) {
			Deal deal = doc.deals().get(i);
			refer("deals[" + i + "].accountId", deal.accountId(), accountIds, "account", problems);
			for (int j = 0; j < deal.team().size(); j++) {
				refer("deals[" + i + "].team[" + j + "].colleagueId", deal.team().get(j).colleagueId(), colleagueIds,
						"colleague", problems);
			}
		}
		for (int i = 0; i < doc.stakeholders().size(); i++) {
			Stakeholder stakeholder = doc.stakeholders().get(i);
			refer("stakeholders[" + i + "].dealId", stakeholder.dealId(), dealIds, "deal", problems);
			refer("stakeholders[" + i + "].personId", stakeholder.personId(), personIds, "person", problems);
		}
		Set<String> individuals = new HashSet<>(personIds);
		individuals.addAll(colleagueIds);
		for (int i = 0; i < doc.relationships().size(); i++) {
			Tie tie = doc.relationships().get(i);
			refer("relationships[" + i + "].from", tie.from(), individuals, "person", problems);
			refer("relationships[" + i + "].to", tie.to(), individuals, "person", problems);
		}
		return problems;
	}

	/** Ids of this label in the document or, for the referenced ones, in the database. */
	@SafeVarargs
	private Set<String> known(NodeLabel label, List<String> inDocument, List<String>... referenced) {
		Set<String> wanted = new HashSet<>();
		for (List<String> ids : referenced) {
			wanted.addAll(ids);
		}
		wanted.removeAll(inDocument);
		Set<String> known = new HashSet<>(inDocument);
		known.addAll(this.nodes.existing(label, wanted));
		return known;
	}

	private static void refer(String field, String id, Set<String> known, String noun, List<FieldProblem> problems) {
		if (id != null && !known.contains(id)) {
			problems.add(new FieldProblem(field, "unknown " + noun + " '" + id + "'"));
		}
	}

	private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
		Set<String> ids = new HashSet<>();
		items.forEach((item) -> ids.add(id.apply(item)));
		return ids;
	}

	private ImportResult write(MapDocument doc) {
		Counts accountCounts = merge(doc.accounts(), this.accounts.findAll(ids(doc.accounts(), Account::id)),
				Account::id, Account::equals, this.accounts::write);
		Counts colleagueCounts = merge(doc.colleagues(), this.colleagues.findAll(ids(doc.colleagues(), Colleague::id)),
				Colleague::id, Colleague::equals, this.colleagues::write);
		Counts peopleCounts = merge(doc.people(), this.people.findAll(ids(doc.people(), Person::id)), Person::id,
				Person::equals, this.people::write);
		Counts dealCounts = merge(doc.deals(), this.deals.findAll(ids(doc.deals(), Deal::id)), Deal::id, Deal::equals,
				this.deals::write);
		Map<String, Stakeholder> existingFacts = new HashMap<>();
		this.stakeholders.ofDeals(ids(doc.stakeholders(), Stakeholder::dealId))
			.forEach((s) -> existingFacts.put(s.dealId() + " / " + s.personId(), s));
		Counts stakeholderCounts = merge(doc.stakeholders(), existingFacts, (s) -> s.dealId() + " / " + s.personId(),
				(incoming, stored) -> incoming.sameFacts(stored)
						&& (incoming.updatedAt() == null || incoming.updatedAt().equals(stored.updatedAt())),
				this.stakeholders::write);
		Set<String> ends = new HashSet<>();
		doc.relationships().forEach((t) -> {
			ends.add(t.from());
			ends.add(t.to());
		});
		List<Tie> storedTies = this.ties.among(ends);
		int created = 0;
		int unchanged = 0;
		List<Tie> changed = new ArrayList<>();
		for (Tie tie : doc.relationships()) {
			Tie stored = storedTies.stream().filter(tie::sameEnds).findFirst().orElse(null);
			if (stored == null) {
				created++;
				changed.add(tie);
			}
			else if (tie.withEnds(stored.type(), stored.from(), stored.to()).equals(stored)) {
				unchanged++;
			}
			else {
				changed.add(tie);
			}
		}
		this.ties.write(changed);
		Counts tieCounts = new Counts(created, changed.size() - created, unchanged);
		return new ImportResult(accountCounts, colleagueCounts, peopleCounts, dealCounts, stakeholderCounts, tieCounts);
	}

	private static <T> Counts merge(List<T> incoming, Map<String, T> stored, Function<T, String> key,
			BiPredicate<T, T> same, java.util.function.Consumer<List<T>> writer) {
		int created = 0;
		int unchanged = 0;
		List<T> changed = new ArrayList<>();
		for (T item : incoming) {
			T existing = stored.get(key.apply(item));
			if (existing == null) {
				created++;
				changed.add(item);
			}
			else if (same.test(item, existing)) {
				unchanged++;
			}
			else {
				changed.add(item);
			}
		}
		writer.accept(changed);
		return new Counts(created, changed.size() - created, unchanged);
	}

}
