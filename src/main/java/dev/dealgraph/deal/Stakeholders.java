package dev.dealgraph.deal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.dealgraph.audit.AuditLog;
import dev.dealgraph.person.Individuals;
import dev.dealgraph.person.Individuals.Kind;
import dev.dealgraph.system.Batch;
import dev.dealgraph.system.FieldProblem;
import dev.dealgraph.system.GraphChanges;
import dev.dealgraph.system.GraphWrites;
import dev.dealgraph.system.NotFoundException;
import dev.dealgraph.system.Sentences;
import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * The only place that reads and writes the deal-scoped facts on {@code IN_DEAL} edges.
 * Every change moves the deal's version and is logged for the path read models.
 */
@Service
public class Stakeholders {

	static final String PROJECTION = "r{.*, dealId: d.id, personId: p.id}";

	private final Neo4jClient client;

	private final GraphWrites writes;

	private final GraphChanges changes;

	private final DealVersions versions;

	private final Deals deals;

	private final Individuals individuals;

	private final AuditLog audit;

	Stakeholders(Neo4jClient client, GraphWrites writes, GraphChanges changes, DealVersions versions, Deals deals,
			Individuals individuals, AuditLog audit) {
		this.audit = audit;
		this.client = client;
		this.writes = writes;
		this.changes = changes;
		this.versions = versions;
		this.deals = deals;
		this.individuals = individuals;
	}

	public Optional<Stakeholder> find(String dealId, String personId) {
		return this.client
			.query("MATCH (p:Person {id: $personId})-[r:IN_DEAL]->(d:Deal {id: $dealId}) RETURN " + PROJECTION
					+ " AS s")
			.bindAll(Map.of("dealId", dealId, "personId", personId))
			.fetchAs(Stakeholder.class)
			.mappedBy((types, record) -> Stakeholder.from(record.get("s")))
			.one();
	}

	/** Every stakeholder of these deals, ordered by deal and person. */
	public List<Stakeholder> ofDeals(Collection<String> dealIds) {
		return List.copyOf(this.client.query("""
				MATCH (p:Person)-[r:IN_DEAL]->(d:Deal) WHERE d.id IN $ids
				RETURN %s AS s ORDER BY d.id, p.id""".formatted(PROJECTION))
			.bind(dealIds)
			.to("ids")
			.fetchAs(Stakeholder.class)
			.mappedBy((types, record) -> Stakeholder.from(record.get("s")))
			.all());
	}

	/** Every deal fact about this person, ordered by deal. */
	public List<Stakeholder> ofPerson(String personId) {
		return List.copyOf(this.client.query("""
				MATCH (p:Person {id: $id})-[r:IN_DEAL]->(d:Deal)
				RETURN %s AS s ORDER BY d.id""".formatted(PROJECTION))
			.bind(personId)
			.to("id")
			.fetchAs(Stakeholder.class)
			.mappedBy((types, record) -> Stakeholder.from(record.get("s")))
			.all());
	}

	/**
	 * What is wrong with a batch of facts beyond each item's own fields: a person twice
	 * on one deal, unknown deals and people.
	 */
	public List<FieldProblem> check(List<Stakeholder> stakeholders, String prefix, Set<String> dealsInBatch,
			Set<String> peopleInBatch) {
		List<FieldProblem> problems = new ArrayList<>();
		Batch.unique(prefix, stakeholders, Stakeholders::key, problems);
		Set<String> knownDeals = Batch.known(dealsInBatch, stakeholders.stream().map(Stakeholder::dealId).toList(),
				this.deals::existing);
		Set<String> knownPeople = Batch.known(peopleInBatch, stakeholders.stream().map(Stakeholder::personId).toList(),
				(ids) -> this.individuals.existing(ids, Kind.PERSON));
		for (int i = 0; i < stakeholders.size(); i++) {
			String at = Batch.at(prefix, i);
			Batch.refer(Batch.field(at, "dealId"), stakeholders.get(i).dealId(), knownDeals, "deal", problems);
			Batch.refer(Batch.field(at, "personId"), stakeholders.get(i).personId(), knownPeople, "person", problems);
		}
		return problems;
	}

	/** How a stakeholder is told apart within a batch. */
	public static String key(Stakeholder stakeholder) {
		return stakeholder.dealId() + " / " + stakeholder.personId();
	}

	/**
	 * Creates or replaces these facts and moves each deal to a new version; a missing
	 * {@code updatedAt} becomes now. Call inside a transaction.
	 */
	public void write(List<Stakeholder> stakeholders) {
		if (stakeholders.isEmpty()) {
			return;
		}
		this.changes.record(List.of(), stakeholders.stream().map(Stakeholder::dealId).distinct().toList());
		Instant now = Instant.now();
		List<Map<String, Object>> rows = stakeholders.stream().map((s) -> {
			Map<String, @Nullable Object> properties = s.properties();
			properties.put("updatedAt", ((s.updatedAt() != null) ? s.updatedAt() : now).atOffset(ZoneOffset.UTC));
			return Map.<String, Object>of("dealId", s.dealId(), "personId", s.personId(), "properties", properties);
		}).toList();
		this.audit.recordRows("stakeholder",
				this.client
					.query("""
							UNWIND $rows AS row
							MATCH (p:Person {id: row.personId}), (d:Deal {id: row.dealId})
							MERGE (p)-[r:IN_DEAL]->(d)
							ON CREATE SET r.created_ = true
							WITH p, d, r, row, CASE WHEN r.created_ IS NULL THEN properties(r) END AS before
							REMOVE r.created_
							SET r += row.properties
							WITH d, collect({id: d.id + '/' + p.id, before: before, after: properties(r), subjects: [d.id, p.id]}) AS written
							SET d.version = d.version + 1
							WITH written UNWIND written AS w
							RETURN w.id AS id, w.before AS before, w.after AS after, w.subjects AS subjects""")
					.bind(rows)
					.to("rows")
					.fetch()
					.all());
	}

	/** Sets one person's facts on a deal, if the deal is still at {@code ifMatch}. */
	Versioned<Stakeholder> put(Stakeholder stakeholder, @Nullable String ifMatch) {
		Versioned<Stakeholder> written = this.writes.inTransaction(() -> {
			this.versions.lockAndCheck(stakeholder.dealId(), ifMatch);
			Batch.reject(check(List.of(stakeholder), "", Set.of(), Set.of()));
			boolean created = find(stakeholder.dealId(), stakeholder.personId()).isEmpty();
			write(List.of(stakeholder));
			return new Versioned<>(stakeholder, this.versions.current(stakeholder.dealId()), created);
		});
		Stakeholder stored = find(stakeholder.dealId(), stakeholder.personId()).orElse(stakeholder);
		return new Versioned<>(stored, written.version(), written.created());
	}

	/** Removes one person from a deal, if the deal is still at {@code ifMatch}. */
	long delete(String dealId, String personId, @Nullable String ifMatch) {
		return this.writes.inTransaction(() -> {
			this.versions.lockAndCheck(dealId, ifMatch);
			this.audit.recordRows("stakeholder", List.of(this.client.query("""
					MATCH (p:Person {id: $personId})-[r:IN_DEAL]->(d:Deal {id: $dealId})
					WITH p, r, d, properties(r) AS before
					DELETE r SET d.version = d.version + 1
					RETURN d.id + '/' + p.id AS id, before, null AS after, [d.id, p.id] AS subjects""")
				.bindAll(Map.of("dealId", dealId, "personId", personId))
				.fetch()
				.one()
				.orElseThrow(
						() -> new NotFoundException(Sentences.of("problem.not-found.stakeholder", personId, dealId)))));
			this.changes.record(List.of(), List.of(dealId));
			return this.versions.current(dealId);
		});
	}

}
