package dev.dealgraph.person;

import java.util.List;
import java.util.Map;

import dev.dealgraph.audit.AuditLog;
import dev.dealgraph.person.Individuals.Kind;
import dev.dealgraph.system.ConflictException;
import dev.dealgraph.system.GraphChanges;
import dev.dealgraph.system.GraphWrites;
import dev.dealgraph.system.NotFoundException;
import dev.dealgraph.system.Sentences;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Writes people and colleagues under the shared {@code :Individual} id: MERGE and CREATE
 * on that label let the database's uniqueness constraint decide a race, and every write
 * logs the individuals it touched for the path read models.
 */
@Component
class IndividualWrites {

	/** A person's employer follows the row's accountId; colleagues have none. */
	private static final String EMPLOYER = """
			CALL (n, row) {
			  OPTIONAL MATCH (n)-[w:WORKS_AT]->(old:Account)
			  WHERE row.accountId IS NULL OR old.id <> row.accountId
			  DELETE w
			}
			CALL (n, row) {
			  MATCH (a:Account {id: row.accountId})
			  MERGE (n)-[:WORKS_AT]->(a)
			}
			""";

	private final Neo4jClient client;

	private final GraphWrites writes;

	private final GraphChanges changes;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	IndividualWrites(Neo4jClient client, GraphWrites writes, GraphChanges changes, ApplicationEventPublisher events,
			AuditLog audit) {
		this.client = client;
		this.writes = writes;
		this.changes = changes;
		this.events = events;
		this.audit = audit;
	}

	/** An individual's fields as the audit keeps them: its properties and employer. */
	private static final String FIELDS = "n {.*, accountId: [(n)-[:WORKS_AT]->(a:Account) | a.id][0]}";

	/**
	 * Creates or replaces these individuals inside the caller's transaction; ids the
	 * other kind holds are a conflict, and the transaction must then roll back.
	 * @return how many were created
	 */
	long put(Kind kind, List<Map<String, @Nullable Object>> rows) {
		if (rows.isEmpty()) {
			return 0;
		}
		this.changes.record(rows.stream().map((row) -> (String) row.get("id")).toList(), List.of());
		long created = 0;
		for (Map<String, Object> result : this.client.query("""
				UNWIND $rows AS row
				MERGE (n:Individual {id: row.id})
				ON CREATE SET n:%1$s, n.created_ = true
				WITH n, row, n.created_ IS NOT NULL AS created, n:%1$s AS sameKind
				WITH n, row, created, sameKind, CASE WHEN NOT created THEN %3$s END AS before
				REMOVE n.created_
				SET n += row.properties
				WITH n, row, created, sameKind, before
				%2$s
				RETURN row.id AS id, created, sameKind, before, %3$s AS after,
				       [before.accountId, row.accountId] AS subjects""".formatted(label(kind), employer(kind), FIELDS))
			.bind(rows)
			.to("rows")
			.fetch()
			.all()) {
			if (!(Boolean) result.get("sameKind")) {
				throw new ConflictException(Sentences.of("problem.conflict.other-kind", result.get("id"),
						Sentences.noun(((kind == Kind.PERSON) ? Kind.COLLEAGUE : Kind.PERSON).noun())));
			}
			created += ((Boolean) result.get("created")) ? 1 : 0;
			this.audit.recordRows(kind.noun(), List.of(result));
		}
		return created;
	}

	/**
	 * Checks, then creates one individual in its own transaction; 409 when the id is
	 * taken.
	 */
	void create(Kind kind, Runnable check, List<Map<String, @Nullable Object>> rows) {
		String id = (String) rows.get(0).get("id");
		this.writes.creating(() -> {
			check.run();
			this.changes.record(List.of(id), List.of());
			this.client
				.query("""
						UNWIND $rows AS row
						CREATE (n:Individual:%s {id: row.id})
						SET n += row.properties
						WITH n, row
						%s
						RETURN n.id AS id, null AS before, %s AS after, [row.accountId] AS subjects"""
					.formatted(label(kind), employer(kind), FIELDS))
				.bind(rows)
				.to("rows")
				.fetch()
				.all()
				.forEach((row) -> this.audit.recordRows(kind.noun(), List.of(row)));
			return Boolean.TRUE;
		}, () -> new ConflictException(Sentences.of("problem.conflict.id-taken", id,
				"/api/v1/" + ((kind == Kind.PERSON) ? "people" : "colleagues") + "/" + id,
				Sentences.noun(kind.noun()))));
	}

	/** Checks, then creates or replaces one individual; true when it was created. */
	boolean putOne(Kind kind, Runnable check, List<Map<String, @Nullable Object>> rows) {
		return this.writes.inTransaction(() -> {
			check.run();
			return put(kind, rows) > 0;
		});
	}

	/** Deletes the individual once every feature has removed its edges to them. */
	@SuppressWarnings("unchecked")
	void delete(Kind kind, String id) {
		this.writes.inTransaction(() -> {
			Map<String, Object> found = this.client
				.query("MATCH (n:%s {id: $id}) SET n._lock = true REMOVE n._lock RETURN n.id AS id, %s AS before"
					.formatted(label(kind), FIELDS))
				.bind(id)
				.to("id")
				.fetch()
				.one()
				.orElseThrow(() -> new NotFoundException(kind.noun(), id));
			Map<String, ?> before = (Map<String, ?>) found.get("before");
			this.audit.record(AuditLog.DELETE, kind.noun(), id, before, null,
					java.util.Collections.singletonList((String) before.get("accountId")));
			this.events.publishEvent(new IndividualDeletion(id));
			this.changes.record(List.of(id), List.of());
			// a plain DELETE: an edge some feature left behind fails the transaction
			this.client.query("""
					MATCH (n:%s {id: $id})
					OPTIONAL MATCH (n)-[w:WORKS_AT]->(:Account)
					DELETE w, n""".formatted(label(kind))).bind(id).to("id").run();
		});
	}

	private static String label(Kind kind) {
		return (kind == Kind.PERSON) ? "Person" : "Colleague";
	}

	private static String employer(Kind kind) {
		return (kind == Kind.PERSON) ? EMPLOYER : "";
	}

}
