package dev.dealgraph.deal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dealgraph.account.AccountDeletion;
import dev.dealgraph.audit.AuditLog;
import dev.dealgraph.person.IndividualDeletion;
import dev.dealgraph.system.GraphChanges;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The Cypher that writes deals, their account link and their team, and the deal side of
 * deleting a person, colleague or account.
 */
@Component
class DealWrites {

	private final Neo4jClient client;

	private final GraphChanges changes;

	private final AuditLog audit;

	DealWrites(Neo4jClient client, GraphChanges changes, AuditLog audit) {
		this.client = client;
		this.changes = changes;
		this.audit = audit;
	}

	/** A deal's fields as the audit keeps them: its properties, account and team. */
	static final String FIELDS = """
			d {.*, accountId: [(d)-[:AT]->(a:Account) | a.id][0],
			   team: COLLECT { MATCH (c:Colleague)-[t:ON_TEAM]->(d) RETURN {colleagueId: c.id, role: t.role} AS m ORDER BY m.colleagueId }}""";

	/** The ids a deal's fields name: its account and its team. */
	static final String NAMED = "[f IN [before, after] WHERE f IS NOT NULL | f.accountId] + "
			+ "[f IN [before, after] WHERE f IS NOT NULL | [m IN f.team | m.colleagueId]]";

	/**
	 * Creates or replaces these deals, their account link and their team, and moves each
	 * deal to a new version; call inside a transaction.
	 */
	void write(List<Deal> deals) {
		if (deals.isEmpty()) {
			return;
		}
		this.changes.record(List.of(), deals.stream().map(Deal::id).toList());
		// deals, then each team's colleagues, are locked in id order, whoever writes them
		List<Map<String, Object>> rows = deals.stream()
			.sorted(Comparator.comparing(Deal::id))
			.map((d) -> Map.<String, Object>of("id", d.id(), "accountId", d.accountId(), "properties", d.properties(),
					"team", d.team().stream().sorted(Comparator.comparing(TeamMember::colleagueId)).map((m) -> {
						Map<String, @Nullable Object> member = new LinkedHashMap<>();
						member.put("colleagueId", m.colleagueId());
						member.put("role", m.role());
						return member;
					}).toList()))
			.toList();
		this.audit.recordRows("deal",
				this.client
					.query("""
							UNWIND $rows AS row
							MERGE (d:Deal {id: row.id})
							ON CREATE SET d.version = 0
							WITH d, row, CASE WHEN d.version > 0 THEN %s END AS before
							SET d.version = d.version + 1
							SET d += row.properties
							WITH d, row, before
							CALL (d, row) {
							  OPTIONAL MATCH (d)-[at:AT]->(old:Account) WHERE old.id <> row.accountId
							  DELETE at
							}
							CALL (d, row) {
							  MATCH (a:Account {id: row.accountId})
							  MERGE (d)-[:AT]->(a)
							}
							CALL (d, row) {
							  OPTIONAL MATCH (c:Colleague)-[t:ON_TEAM]->(d)
							  WHERE NOT c.id IN [m IN row.team | m.colleagueId]
							  DELETE t
							}
							CALL (d, row) {
							  UNWIND row.team AS member
							  MATCH (c:Colleague {id: member.colleagueId})
							  MERGE (c)-[t:ON_TEAM]->(d)
							  SET t.role = member.role
							}
							WITH d, before, %s AS after
							RETURN d.id AS id, before, after, reduce(ids = [], l IN %s | ids + l) AS subjects"""
						.formatted(FIELDS, FIELDS, NAMED))
					.bind(rows)
					.to("rows")
					.fetch()
					.all());
	}

	/** A person or colleague leaves: the deals they were on change, so they move on. */
	@EventListener
	@SuppressWarnings("unchecked")
	void onIndividualDeletion(IndividualDeletion deletion) {
		List<String> changed = new java.util.ArrayList<>();
		this.client.query("""
				MATCH (n:Individual {id: $id})-[r:IN_DEAL|ON_TEAM]->(d:Deal)
				WITH n, d, collect({type: type(r), before: properties(r)}) AS removed, collect(r) AS edges
				FOREACH (r IN edges | DELETE r)
				SET d.version = d.version + 1
				RETURN d.id AS deal, n.id AS individual, removed ORDER BY d.id""")
			.bind(deletion.individualId())
			.to("id")
			.fetch()
			.all()
			.forEach((row) -> {
				changed.add((String) row.get("deal"));
				String objectId = row.get("deal") + "/" + row.get("individual");
				for (Map<String, Object> edge : (List<Map<String, Object>>) row.get("removed")) {
					this.audit.record(AuditLog.DELETE,
							"IN_DEAL".equals(edge.get("type")) ? "stakeholder" : "team-member", objectId,
							(Map<String, ?>) edge.get("before"), null,
							List.of((String) row.get("deal"), (String) row.get("individual")));
				}
			});
		if (!changed.isEmpty()) {
			this.changes.record(List.of(), changed);
		}
	}

	@EventListener
	void onAccountDeletion(AccountDeletion deletion) {
		deletion.stillHas(this.client.query("MATCH (d:Deal)-[:AT]->(:Account {id: $id}) RETURN count(d)")
			.bind(deletion.accountId())
			.to("id")
			.fetchAs(Long.class)
			.one()
			.orElse(0L), "deals");
	}

}
