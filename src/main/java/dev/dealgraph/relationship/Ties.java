package dev.dealgraph.relationship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.dealgraph.audit.AuditLog;
import dev.dealgraph.person.IndividualDeletion;
import dev.dealgraph.person.Individuals;
import dev.dealgraph.system.Batch;
import dev.dealgraph.system.Callers;
import dev.dealgraph.system.Visibility;
import dev.dealgraph.system.FieldProblem;
import dev.dealgraph.system.GraphChanges;
import dev.dealgraph.system.GraphWrites;
import dev.dealgraph.system.NotFoundException;
import dev.dealgraph.system.Page;
import dev.dealgraph.system.Sentences;
import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The only place that reads and writes ties ({@code KNOWS}, {@code INFLUENCES},
 * {@code REPORTS_TO}, {@code CONFLICTS_WITH}) between individuals, one edge at a time, so
 * concurrent edits to different ties never overwrite each other. The relationship type in
 * each statement comes from {@link TieType}, never from input.
 */
@Service
public class Ties {

	private static final String TYPES = "KNOWS|INFLUENCES|REPORTS_TO|CONFLICTS_WITH";

	private static final String PROJECTION = "r{.*, type: type(r), from: a.id, to: b.id}";

	private final Neo4jClient client;

	private final GraphChanges changes;

	private final GraphWrites writes;

	private final Individuals individuals;

	private final AuditLog audit;

	private final TrustHistory history;

	/** A tie as the audit names it, {@code TYPE/from/to}, with both ends as subjects. */
	private static final String AUDITED = "type(r) + '/' + startNode(r).id + '/' + endNode(r).id AS id, "
			+ "[startNode(r).id, endNode(r).id] AS subjects";

	Ties(Neo4jClient client, GraphChanges changes, GraphWrites writes, Individuals individuals, AuditLog audit,
			TrustHistory history) {
		this.audit = audit;
		this.history = history;
		this.client = client;
		this.changes = changes;
		this.writes = writes;
		this.individuals = individuals;
	}

	/** Every tie whose two ends are both among these individuals, in a fixed order. */
	public List<Tie> among(Collection<String> ids) {
		return List.copyOf(this.client.query("""
				MATCH (a:Individual)-[r:%s]->(b:Individual)
				WHERE a.id IN $ids AND b.id IN $ids
				RETURN %s AS t ORDER BY type(r), a.id, b.id""".formatted(TYPES, PROJECTION))
			.bind(ids)
			.to("ids")
			.fetchAs(Tie.class)
			.mappedBy((types, record) -> Tie.from(record.get("t")))
			.all());
	}

	/** The individuals tied to any of these by a tie of any type, in either direction. */
	public Set<String> neighbours(Collection<String> ids) {
		return new TreeSet<>(this.client.query("""
				MATCH (a:Individual)-[:%s]-(b:Individual)
				WHERE a.id IN $ids
				RETURN DISTINCT b.id""".formatted(TYPES)).bind(ids).to("ids").fetchAs(String.class).all());
	}

	public Optional<Tie> find(TieType type, String from, String to) {
		String arrow = type.directed() ? "->" : "-";
		return this.client
			.query("MATCH (a:Individual {id: $from})-[r:%s]%s(b:Individual {id: $to}) RETURN %s AS t LIMIT 1"
				.formatted(type.name(), arrow, PROJECTION))
			.bindAll(Map.of("from", from, "to", to))
			.fetchAs(Tie.class)
			.mappedBy((types, record) -> Tie.from(record.get("t")))
			.one();
	}

	Page<Tie> list(int page, int size, @Nullable String individualId, @Nullable TieType type) {
		Map<String, @Nullable Object> parameters = new java.util.HashMap<>();
		parameters.put("id", individualId);
		parameters.put("type", (type != null) ? type.name() : null);
		parameters.put("skip", (long) page * size);
		parameters.put("limit", size);
		parameters.putAll(Callers.scope().parameters());
		String match = """
				MATCH (a:Individual)-[r:%s]->(b:Individual)
				WHERE ($id IS NULL OR a.id = $id OR b.id = $id) AND ($type IS NULL OR type(r) = $type)
				""".formatted(TYPES) + "  AND " + Visibility.individual("a") + " AND " + Visibility.individual("b")
				+ "\n";
		long total = this.client.query(match + "RETURN count(r)")
			.bindAll(parameters)
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		List<Tie> items = List.copyOf(this.client
			.query(match + "RETURN " + PROJECTION + " AS t ORDER BY type(r), a.id, b.id SKIP $skip LIMIT $limit")
			.bindAll(parameters)
			.fetchAs(Tie.class)
			.mappedBy((types, record) -> Tie.from(record.get("t")))
			.all());
		return Page.of(items, page, size, total);
	}

	/**
	 * What is wrong with a batch of ties beyond each item's own fields: the rules of each
	 * type, the same tie twice, unknown individuals.
	 * @param individualsInBatch people and colleagues written together with these ties
	 */
	public List<FieldProblem> check(List<Tie> ties, String prefix, Set<String> individualsInBatch) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < ties.size(); i++) {
			Tie tie = ties.get(i);
			String at = Batch.at(prefix, i);
			for (FieldProblem problem : tie.typeProblems()) {
				problems.add(new FieldProblem(Batch.field(at, problem.field()), problem.message(), problem.sentence()));
			}
			Integer earlier = seen.putIfAbsent(tie.key(), i);
			if (earlier != null) {
				problems.add(new FieldProblem(at, Sentences.of("problem.field.duplicate-tie", tie.type(), tie.from(),
						tie.to(), Batch.at(prefix, earlier))));
			}
		}
		Set<String> known = Batch.known(individualsInBatch,
				ties.stream().flatMap((t) -> java.util.stream.Stream.of(t.from(), t.to())).toList(),
				this.individuals::existing);
		for (int i = 0; i < ties.size(); i++) {
			String at = Batch.at(prefix, i);
			Batch.refer(Batch.field(at, "from"), ties.get(i).from(), known, "individual", problems);
			Batch.refer(Batch.field(at, "to"), ties.get(i).to(), known, "individual", problems);
		}
		return problems;
	}

	/** Creates or replaces one tie; true when it was created. */
	boolean put(Tie tie) {
		return this.writes.inTransaction(() -> {
			Batch.reject(check(List.of(tie), "", Set.of()));
			boolean isNew = find(tie.type(), tie.from(), tie.to()).isEmpty();
			write(List.of(tie));
			return isNew;
		});
	}

	/**
	 * Creates or replaces these ties; both ends must exist. Call inside a transaction.
	 */
	public void write(List<Tie> ties) {
		if (ties.isEmpty()) {
			return;
		}
		Set<String> ends = new TreeSet<>();
		ties.forEach((tie) -> {
			ends.add(tie.from());
			ends.add(tie.to());
		});
		this.changes.record(ends, List.of());
		for (TieType type : TieType.values()) {
			List<Map<String, Object>> rows = ties.stream()
				.filter((tie) -> tie.type() == type)
				.map((tie) -> Map.<String, Object>of("from", tie.from(), "to", tie.to(), "properties",
						tie.properties()))
				.toList();
			if (rows.isEmpty()) {
				continue;
			}
			// undirected types MERGE without direction, so b-a updates an existing a-b
			String arrow = type.directed() ? "->" : "-";
			Collection<Map<String, Object>> written = this.client.query("""
					UNWIND $rows AS row
					MATCH (a:Individual {id: row.from}), (b:Individual {id: row.to})
					MERGE (a)-[r:%s]%s(b)
					ON CREATE SET r.created_ = true
					WITH r, row, CASE WHEN r.created_ IS NULL THEN properties(r) END AS before
					REMOVE r.created_
					SET r += row.properties
					RETURN %s, before, properties(r) AS after""".formatted(type.name(), arrow, AUDITED))
				.bind(rows)
				.to("rows")
				.fetch()
				.all();
			this.audit.recordRows("tie", written);
			if (type == TieType.KNOWS) {
				this.history.append(trustSteps(written));
			}
		}
	}

	/**
	 * The trust steps of KNOWS ties a statement wrote: each one created, and each whose
	 * level moved.
	 */
	@SuppressWarnings("unchecked")
	private static List<TrustHistory.Step> trustSteps(Collection<Map<String, Object>> written) {
		List<TrustHistory.Step> steps = new ArrayList<>();
		for (Map<String, Object> row : written) {
			Map<String, Object> before = (Map<String, Object>) row.get("before");
			Map<String, Object> after = (Map<String, Object>) row.get("after");
			if (after == null || (before != null && Objects.equals(before.get("level"), after.get("level")))) {
				continue;
			}
			List<String> ends = List.copyOf(castStrings(row.get("subjects")));
			Number strength = (Number) after.get("strength");
			steps.add(new TrustHistory.Step(ends.get(0), ends.get(1), (String) after.get("level"), false,
					(strength != null) ? strength.doubleValue() : null));
		}
		return steps;
	}

	/**
	 * A contact between a colleague and a person on a day: the KNOWS tie between them
	 * takes that day as its last contact unless it already has a later one; without a
	 * tie, a weak one is created that says where it came from. Call inside a transaction;
	 * both ends must exist.
	 */
	public void touch(List<Contact> contacts) {
		if (contacts.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Contact contact : contacts) {
			rows.add(Map.of("from", contact.colleagueId(), "to", contact.personId(), "on", contact.on(), "strength",
					contact.weakStrength(), "source", contact.source()));
		}
		Collection<Map<String, Object>> touched = this.client.query("""
				UNWIND $rows AS row
				MATCH (a:Individual {id: row.from}), (b:Individual {id: row.to})
				MERGE (a)-[r:KNOWS]-(b)
				ON CREATE SET r.created_ = true, r.strength = row.strength, r.level = 'OUTSIDER', r.source = row.source
				WITH r, row, CASE WHEN r.created_ IS NULL THEN properties(r) END AS before
				REMOVE r.created_
				SET r.lastContact = CASE WHEN r.lastContact IS NULL OR r.lastContact < row.on THEN row.on
				  ELSE r.lastContact END
				RETURN %s, before, properties(r) AS after""".formatted(AUDITED)).bind(rows).to("rows").fetch().all();
		// only a tie that moved is a change for the read model; the audit skips the
		// others
		Set<String> ends = new TreeSet<>();
		for (Map<String, Object> row : touched) {
			if (!Objects.equals(row.get("before"), row.get("after"))) {
				ends.addAll(castStrings(row.get("subjects")));
			}
		}
		if (!ends.isEmpty()) {
			this.changes.record(ends, List.of());
		}
		this.audit.recordRows("tie", touched);
		this.history.append(trustSteps(touched));
	}

	@SuppressWarnings("unchecked")
	private static Collection<String> castStrings(Object value) {
		return (Collection<String>) value;
	}

	/**
	 * A recorded contact.
	 *
	 * @param weakStrength the strength of a tie this contact creates
	 * @param source what a created tie says about where it came from
	 */
	public record Contact(String colleagueId, String personId, LocalDate on, double weakStrength, String source) {
	}

	void delete(TieType type, String from, String to) {
		this.writes.inTransaction(() -> {
			if (!deleteOne(type, from, to)) {
				throw new NotFoundException(Sentences.of("problem.not-found.tie", type, from, to));
			}
		});
	}

	private boolean deleteOne(TieType type, String from, String to) {
		String arrow = type.directed() ? "->" : "-";
		Collection<Map<String, Object>> removed = this.client.query("""
				MATCH (a:Individual {id: $from})-[r:%s]%s(b:Individual {id: $to})
				WITH r, %s, properties(r) AS before
				DELETE r RETURN id, subjects, before, null AS after""".formatted(type.name(), arrow, AUDITED))
			.bindAll(Map.of("from", from, "to", to))
			.fetch()
			.all();
		this.audit.recordRows("tie", removed);
		boolean deleted = !removed.isEmpty();
		if (deleted) {
			this.changes.record(List.of(from, to), List.of());
			if (type == TieType.KNOWS) {
				this.history.append(List.of(new TrustHistory.Step(from, to, null, true, null)));
			}
		}
		return deleted;
	}

	/** A person or colleague leaves: their ties go first. */
	@EventListener
	void onIndividualDeletion(IndividualDeletion deletion) {
		this.history.forget(deletion.individualId());
		this.audit.recordRows("tie",
				this.client.query("""
						MATCH (:Individual {id: $id})-[r:%s]-()
						WITH DISTINCT r
						WITH r, %s, properties(r) AS before
						DELETE r RETURN id, subjects, before, null AS after""".formatted(TYPES, AUDITED))
					.bind(deletion.individualId())
					.to("id")
					.fetch()
					.all());
	}

}
