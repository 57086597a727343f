package dev.dealgraph.deal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.dealgraph.account.Accounts;
import dev.dealgraph.audit.AuditLog;
import dev.dealgraph.person.Individuals;
import dev.dealgraph.person.Individuals.Kind;
import dev.dealgraph.system.Batch;
import dev.dealgraph.system.Callers;
import dev.dealgraph.system.ConflictException;
import dev.dealgraph.system.FieldProblem;
import dev.dealgraph.system.GraphChanges;
import dev.dealgraph.system.GraphWrites;
import dev.dealgraph.system.NotFoundException;
import dev.dealgraph.system.Page;
import dev.dealgraph.system.Sentences;
import dev.dealgraph.system.Visibility;
import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * The only place that reads and writes {@code :Deal} nodes and their {@code AT},
 * {@code ON_TEAM} and {@code IN_DEAL} edges (the facts through {@link Stakeholders}).
 * Every change to a deal or its team moves its version and is logged for the path read
 * models.
 */
@Service
public class Deals {

	static final String PROJECTION = """
			d{.*, accountId: [(d)-[:AT]->(a:Account) | a.id][0],
			  team: COLLECT { MATCH (c:Colleague)-[t:ON_TEAM]->(d) RETURN {colleagueId: c.id, role: t.role} AS m ORDER BY m.colleagueId }}""";

	private final Neo4jClient client;

	private final GraphWrites writes;

	private final GraphChanges changes;

	private final DealVersions versions;

	private final Accounts accounts;

	private final Individuals individuals;

	private final DealWrites dealWrites;

	private final AuditLog audit;

	Deals(Neo4jClient client, GraphWrites writes, GraphChanges changes, DealVersions versions, Accounts accounts,
			Individuals individuals, DealWrites dealWrites, AuditLog audit) {
		this.audit = audit;
		this.client = client;
		this.writes = writes;
		this.changes = changes;
		this.versions = versions;
		this.accounts = accounts;
		this.individuals = individuals;
		this.dealWrites = dealWrites;
	}

	public Optional<Deal> find(String id) {
		return findAll(List.of(id)).values().stream().findFirst();
	}

	public Deal get(String id) {
		return find(id).orElseThrow(() -> new NotFoundException("deal", id));
	}

	public Map<String, Deal> findAll(Collection<String> ids) {
		Map<String, Deal> found = new LinkedHashMap<>();
		this.client.query("MATCH (d:Deal) WHERE d.id IN $ids RETURN " + PROJECTION + " AS d ORDER BY d.id")
			.bind(ids)
			.to("ids")
			.fetchAs(Deal.class)
			.mappedBy((types, record) -> Deal.from(record.get("d")))
			.all()
			.forEach((deal) -> found.put(deal.id(), deal));
		return found;
	}

	/** The ids of an account's deals, in order. */
	public List<String> idsAt(String accountId) {
		return List.copyOf(this.client.query("MATCH (d:Deal)-[:AT]->(:Account {id: $id}) RETURN d.id ORDER BY d.id")
			.bind(accountId)
			.to("id")
			.fetchAs(String.class)
			.all());
	}

	/** The ids of every deal, in order. */
	public List<String> allIds() {
		return List.copyOf(this.client.query("MATCH (d:Deal) RETURN d.id ORDER BY d.id").fetchAs(String.class).all());
	}

	/** The subset of {@code ids} that are stored deals the caller may read. */
	public Set<String> existing(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		Map<String, Object> parameters = Callers.scope().parameters();
		parameters.put("ids", List.copyOf(ids));
		return new HashSet<>(
				this.client.query("MATCH (d:Deal) WHERE d.id IN $ids AND " + Visibility.deal("d") + " RETURN d.id")
					.bindAll(parameters)
					.fetchAs(String.class)
					.all());
	}

	Page<Deal> list(int page, int size, @Nullable String accountId, @Nullable Stage stage,
			@Nullable DealStatus status) {
		Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
		parameters.put("accountId", accountId);
		parameters.put("stage", (stage != null) ? stage.name() : null);
		parameters.put("status", (status != null) ? status.name() : null);
		parameters.put("skip", (long) page * size);
		parameters.put("limit", size);
		parameters.putAll(Callers.scope().parameters());
		String match = """
				MATCH (d:Deal)
				WHERE ($accountId IS NULL OR EXISTS { (d)-[:AT]->(:Account {id: $accountId}) })
				  AND ($stage IS NULL OR d.stage = $stage) AND ($status IS NULL OR d.status = $status)
				""" + "  AND " + Visibility.deal("d") + "\n";
		long total = this.client.query(match + "RETURN count(d)")
			.bindAll(parameters)
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		List<Deal> items = List.copyOf(this.client
			.query(match + "RETURN " + PROJECTION + " AS d ORDER BY d.name, d.id SKIP $skip LIMIT $limit")
			.bindAll(parameters)
			.fetchAs(Deal.class)
			.mappedBy((types, record) -> Deal.from(record.get("d")))
			.all());
		return Page.of(items, page, size, total);
	}

	/**
	 * What is wrong with a batch of deals beyond each item's own fields: duplicate ids, a
	 * colleague twice on one team, unknown accounts and colleagues.
	 */
	public List<FieldProblem> check(List<Deal> deals, String prefix, Set<String> accountsInBatch,
			Set<String> colleaguesInBatch) {
		List<FieldProblem> problems = new ArrayList<>();
		Batch.unique(prefix, deals, Deal::id, problems);
		Set<String> knownAccounts = Batch.known(accountsInBatch, deals.stream().map(Deal::accountId).toList(),
				this.accounts::existing);
		Set<String> knownColleagues = Batch.known(colleaguesInBatch,
				deals.stream().flatMap((d) -> d.team().stream()).map(TeamMember::colleagueId).toList(),
				(ids) -> this.individuals.existing(ids, Kind.COLLEAGUE));
		for (int i = 0; i < deals.size(); i++) {
			Deal deal = deals.get(i);
			String at = Batch.at(prefix, i);
			Batch.refer(Batch.field(at, "accountId"), deal.accountId(), knownAccounts, "account", problems);
			String team = Batch.field(at, "team");
			Batch.unique(team, deal.team(), TeamMember::colleagueId, problems);
			for (int j = 0; j < deal.team().size(); j++) {
				Batch.refer(Batch.field(Batch.at(team, j), "colleagueId"), deal.team().get(j).colleagueId(),
						knownColleagues, "colleague", problems);
			}
		}
		return problems;
	}

	/**
	 * Creates or replaces these deals, their account link and their team, and moves each
	 * deal to a new version; call inside a transaction.
	 */
	public void write(List<Deal> deals) {
		this.dealWrites.write(deals);
	}

	/**
	 * Takes the write locks of these stored deals, in id order, for the rest of the
	 * transaction. A write that touches deals among other things calls this first, so it
	 * and a stakeholder edit on the same deal lock in one order: deal first.
	 */
	public void lock(Collection<String> ids) {
		this.client.query("""
				MATCH (d:Deal) WHERE d.id IN $ids
				WITH d ORDER BY d.id
				SET d._lock = true
				REMOVE d._lock""").bind(List.copyOf(ids)).to("ids").run();
	}

	/**
	 * Creates the deal at version 1; 409 when its id is taken, even by a racing writer.
	 */
	Versioned<Deal> create(Deal deal) {
		return this.writes.creating(() -> {
			Batch.reject(check(List.of(deal), "", Set.of(), Set.of()));
			this.client.query("CREATE (:Deal {id: $id, version: 0})").bind(deal.id()).to("id").run();
			write(List.of(deal));
			return new Versioned<>(deal, this.versions.current(deal.id()), true);
		}, () -> new ConflictException(Sentences.of("problem.conflict.exists", Sentences.noun("deal"), deal.id())));
	}

	/**
	 * Creates or replaces the deal; replacing checks {@code ifMatch} against the version.
	 * MERGE decides which under the id's uniqueness constraint, so of two racing writers
	 * of a new deal one creates it and the other replaces it.
	 */
	Versioned<Deal> put(Deal deal, @Nullable String ifMatch) {
		return this.writes.inTransaction(() -> {
			Batch.reject(check(List.of(deal), "", Set.of(), Set.of()));
			boolean created = this.client.query("""
					MERGE (d:Deal {id: $id})
					ON CREATE SET d.version = 0, d.created_ = true
					WITH d, d.created_ IS NOT NULL AS created
					REMOVE d.created_
					RETURN created""").bind(deal.id()).to("id").fetchAs(Boolean.class).one().orElseThrow();
			if (!created) {
				this.versions.lockAndCheck(deal.id(), ifMatch);
			}
			write(List.of(deal));
			return new Versioned<>(deal, this.versions.current(deal.id()), created);
		});
	}

	/** Deletes the deal with its team and stakeholder facts. */
	@SuppressWarnings("unchecked")
	void delete(String id, @Nullable String ifMatch) {
		this.writes.inTransaction(() -> {
			this.versions.lockAndCheck(id, ifMatch);
			this.changes.record(List.of(), List.of(id));
			// the audit says what went with the deal: its team and every stakeholder fact
			Map<String, Object> removed = this.client
				.query("""
						MATCH (d:Deal {id: $id})
						WITH d, %s AS before, [(p:Person)-[r:IN_DEAL]->(d) | {personId: p.id, before: properties(r)}] AS facts
						DETACH DELETE d
						RETURN before, facts"""
					.formatted(DealWrites.FIELDS))
				.bind(id)
				.to("id")
				.fetch()
				.one()
				.orElseThrow();
			Map<String, ?> before = (Map<String, ?>) removed.get("before");
			List<String> named = new ArrayList<>();
			named.add((String) before.get("accountId"));
			((List<Map<String, ?>>) before.get("team")).forEach((m) -> named.add((String) m.get("colleagueId")));
			this.audit.record(AuditLog.DELETE, "deal", id, before, null, named);
			for (Map<String, ?> fact : (List<Map<String, ?>>) removed.get("facts")) {
				this.audit.record(AuditLog.DELETE, "stakeholder", id + "/" + fact.get("personId"),
						(Map<String, ?>) fact.get("before"), null, List.of(id, (String) fact.get("personId")));
			}
		});
	}

}
