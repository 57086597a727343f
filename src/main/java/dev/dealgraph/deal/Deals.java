package dev.dealgraph.deal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dealgraph.system.GraphChanges;
import dev.dealgraph.system.NotFoundException;
import dev.dealgraph.system.Page;
import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Reads and writes deals and their teams with targeted Cypher. */
@Component
public class Deals {

	static final String PROJECTION = """
			d{.*, accountId: [(d)-[:AT]->(a:Account) | a.id][0],
			  team: COLLECT { MATCH (c:Colleague)-[t:ON_TEAM]->(d) RETURN {colleagueId: c.id, role: t.role} AS m ORDER BY m.colleagueId }}""";

	private final Neo4jClient client;

	private final GraphChanges changes;

	Deals(Neo4jClient client, GraphChanges changes) {
		this.client = client;
		this.changes = changes;
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

	Page<Deal> list(int page, int size, @Nullable String accountId, @Nullable Stage stage,
			@Nullable DealStatus status) {
		Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
		parameters.put("accountId", accountId);
		parameters.put("stage", (stage != null) ? stage.name() : null);
		parameters.put("status", (status != null) ? status.name() : null);
		parameters.put("skip", (long) page * size);
		parameters.put("limit", size);
		String match = """
				MATCH (d:Deal)
				WHERE ($accountId IS NULL OR EXISTS { (d)-[:AT]->(:Account {id: $accountId}) })
				  AND ($stage IS NULL OR d.stage = $stage) AND ($status IS NULL OR d.status = $status)
				""";
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
	 * Creates or replaces these deals, their account link and their team, and moves each
	 * deal to a new version; call inside a transaction.
	 */
	public void write(List<Deal> deals) {
		if (deals.isEmpty()) {
			return;
		}
		this.changes.record(List.of(), deals.stream().map(Deal::id).toList());
		List<Map<String, Object>> rows = deals.stream()
			.map((d) -> Map.<String, Object>of("id", d.id(), "accountId", d.accountId(), "properties", d.properties(),
					"team", d.team().stream().map((m) -> {
						Map<String, @Nullable Object> member = new LinkedHashMap<>();
						member.put("colleagueId", m.colleagueId());
						member.put("role", m.role());
						return member;
					}).toList()))
			.toList();
		this.client.query("""
				UNWIND $rows AS row
				MERGE (d:Deal {id: row.id})
				ON CREATE SET d.version = 1
				ON MATCH SET d.version = d.version + 1
				SET d += row.properties
				WITH d, row
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
				""").bind(rows).to("rows").run();
	}

}
