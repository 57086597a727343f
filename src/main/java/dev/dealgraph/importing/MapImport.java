package dev.dealgraph.importing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.dealgraph.account.Account;
import dev.dealgraph.account.Accounts;
import dev.dealgraph.audit.AuditLog;
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
import dev.dealgraph.relationship.TieType;
import dev.dealgraph.relationship.Ties;
import dev.dealgraph.relationship.TrustHistory;
import dev.dealgraph.relationship.TrustMark;
import dev.dealgraph.system.Batch;
import dev.dealgraph.system.Checks;
import dev.dealgraph.system.FieldProblem;
import dev.dealgraph.system.GraphWrites;
import dev.dealgraph.system.InvalidInputException;
import dev.dealgraph.system.Sentences;
import dev.dealgraph.upkeep.Interactions;
import org.jspecify.annotations.Nullable;

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

	private final Accounts accounts;

	private final Colleagues colleagues;

	private final People people;

	private final Deals deals;

	private final Stakeholders stakeholders;

	private final Ties ties;

	private final ImportProperties properties;

	private final ImportScope scope;

	private final AuditLog audit;

	private final Interactions interactions;

	private final TrustHistory history;

	MapImport(Checks checks, GraphWrites writes, Accounts accounts, Colleagues colleagues, People people, Deals deals,
			Stakeholders stakeholders, Ties ties, ImportProperties properties, ImportScope scope, AuditLog audit,
			Interactions interactions, TrustHistory history) {
		this.interactions = interactions;
		this.history = history;
		this.scope = scope;
		this.audit = audit;
		this.checks = checks;
		this.writes = writes;
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
		return importDocument(document, this.properties.maxItems());
	}

	/**
	 * Imports a document that may hold up to {@code maxItems} items (a CSV file has its
	 * own limit); otherwise exactly as {@link #importDocument(MapDocument)}.
	 */
	public ImportResult importDocument(MapDocument document, int maxItems) {
		if (document.size() > maxItems) {
			throw new InvalidInputException("body",
					Sentences.of("problem.field.too-many-items", document.size(), maxItems));
		}
		Batch.reject(this.checks.problems("", document));
		return this.writes.inBulkTransaction(() -> {
			Set<String> dealIds = ids(document.deals(), Deal::id);
			dealIds.addAll(ids(document.stakeholders(), Stakeholder::dealId));
			this.deals.lock(dealIds);
			List<FieldProblem> problems = new ArrayList<>(this.scope.problems(document));
			problems.addAll(problems(document));
			Batch.reject(problems);
			// each item the owners write is one audit entry, recorded as an import
			this.audit.operation(AuditLog.IMPORT);
			return write(document);
		});
	}

	/**
	 * The problems an import of this document would meet first, found without writing and
	 * without taking deal locks: a dry run. As on import, the items' own fields are
	 * checked first, and only a document without such problems is checked against the
	 * database. A person erased on request is still a 409.
	 */
	public List<FieldProblem> dryRun(MapDocument document) {
		List<FieldProblem> problems = this.checks.problems("", document);
		if (!problems.isEmpty()) {
			return problems;
		}
		return this.writes.inBulkTransaction(() -> {
			List<FieldProblem> found = new ArrayList<>(this.scope.problems(document));
			found.addAll(problems(document));
			return found;
		});
	}

	/** Each feature checks its own items, counting what the document itself brings. */
	private List<FieldProblem> problems(MapDocument doc) {
		Set<String> accountIds = ids(doc.accounts(), Account::id);
		Set<String> colleagueIds = ids(doc.colleagues(), Colleague::id);
		Set<String> personIds = ids(doc.people(), Person::id);
		Set<String> individualIds = new HashSet<>(personIds);
		individualIds.addAll(colleagueIds);
		List<FieldProblem> problems = new ArrayList<>();
		problems.addAll(this.accounts.check(doc.accounts(), "accounts"));
		problems.addAll(this.colleagues.check(doc.colleagues(), "colleagues"));
		problems.addAll(this.people.check(doc.people(), "people", accountIds, colleagueIds));
		problems.addAll(this.deals.check(doc.deals(), "deals", accountIds, colleagueIds));
		problems
			.addAll(this.stakeholders.check(doc.stakeholders(), "stakeholders", ids(doc.deals(), Deal::id), personIds));
		problems.addAll(this.ties.check(doc.relationships(), "relationships", individualIds));
		Map<String, @Nullable String> peopleAt = new HashMap<>();
		doc.people().forEach((person) -> peopleAt.put(person.id(), person.accountId()));
		Map<String, String> dealsAt = new HashMap<>();
		doc.deals().forEach((deal) -> dealsAt.put(deal.id(), deal.accountId()));
		problems
			.addAll(this.interactions.check(doc.interactions(), "interactions", peopleAt, colleagueIds, dealsAt, true));
		problems.addAll(trustProblems(doc));
		return problems;
	}

	/**
	 * A trust mark belongs to a KNOWS tie of the same document (so whoever may write the
	 * tie may write its history) and to a day that has come.
	 */
	private static List<FieldProblem> trustProblems(MapDocument doc) {
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> knows = new HashSet<>();
		doc.relationships()
			.stream()
			.filter((t) -> t.type() == TieType.KNOWS)
			.forEach((t) -> knows
				.add(new Tie(TieType.KNOWS, t.from(), t.to(), null, null, null, null, null, null).key()));
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		for (int i = 0; i < doc.trustHistory().size(); i++) {
			TrustMark mark = doc.trustHistory().get(i);
			String at = Batch.at("trustHistory", i);
			if (!knows
				.contains(new Tie(TieType.KNOWS, mark.from(), mark.to(), null, null, null, null, null, null).key())) {
				problems.add(new FieldProblem(Batch.field(at, "to"),
						Sentences.of("problem.field.trust-mark-tie", mark.from(), mark.to())));
			}
			if (mark.on().isAfter(today)) {
				problems.add(new FieldProblem(Batch.field(at, "on"),
						Sentences.of("problem.field.trust-mark-future", mark.on(), today)));
			}
		}
		return problems;
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
			.forEach((s) -> existingFacts.put(Stakeholders.key(s), s));
		Counts stakeholderCounts = merge(doc.stakeholders(), existingFacts, Stakeholders::key,
				(incoming, stored) -> incoming.sameFacts(stored)
						&& (incoming.updatedAt() == null || incoming.updatedAt().equals(stored.updatedAt())),
				this.stakeholders::write);
		Set<String> ends = new HashSet<>();
		doc.relationships().forEach((t) -> {
			ends.add(t.from());
			ends.add(t.to());
		});
		Map<String, Tie> storedTies = new HashMap<>();
		this.ties.among(ends).forEach((tie) -> storedTies.put(tie.key(), tie));
		int created = 0;
		int unchanged = 0;
		List<Tie> changed = new ArrayList<>();
		for (Tie tie : doc.relationships()) {
			Tie stored = storedTies.get(tie.key());
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
		// before the ties, so a tie created at the level of its latest mark adds no step
		this.history.mark(doc.trustHistory());
		this.ties.write(changed);
		// after the ties, so a contact moves the last contact of a tie the document sets
		this.interactions.write(doc.interactions());
		Counts tieCounts = new Counts(created, changed.size() - created, unchanged);
		return new ImportResult(accountCounts, colleagueCounts, peopleCounts, dealCounts, stakeholderCounts, tieCounts);
	}

	private static <T> Counts merge(List<T> incoming, Map<String, T> stored, Function<T, String> key,
			BiPredicate<T, T> same, Consumer<List<T>> writer) {
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
		// written, and so locked, in id order: two imports touching the same items cannot
		// deadlock on them
		changed.sort(Comparator.comparing(key));
		writer.accept(changed);
		return new Counts(created, changed.size() - created, unchanged);
	}

}
