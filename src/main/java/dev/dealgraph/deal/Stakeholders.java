package dev.dealgraph.deal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dealgraph.system.GraphChanges;

import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Reads and writes the deal-scoped facts on {@code IN_DEAL} edges. */
@Component
public class Stakeholders {

	static final String PROJECTION = "r{.*, dealId: d.id, personId: p.id}";

	private final Neo4jClient client;

	private final GraphChanges changes;

	Stakeholders(Neo4jClient client, GraphChanges changes) {
		this.client = client;
		this.changes = changes;
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
		this.client.query("""
				UNWIND $rows AS row
				MATCH (p:Person {id: row.personId}), (d:Deal {id: row.dealId})
				MERGE (p)-[r:IN_DEAL]->(d)
				SET r += row.properties
				WITH DISTINCT d
				SET d.version = d.version + 1
				""").bind(rows).to("rows").run();
	}

	public boolean delete(String dealId, String personId) {
		boolean deleted = this.client.query("""
				MATCH (:Person {id: $personId})-[r:IN_DEAL]->(d:Deal {id: $dealId})
				DELETE r SET d.version = d.version + 1
				RETURN count(*) AS deleted""")
			.bindAll(Map.of("dealId", dealId, "personId", personId))
			.fetchAs(Long.class)
			.one()
			.orElse(0L) > 0;
		if (deleted) {
			this.changes.record(List.of(), List.of(dealId));
		}
		return deleted;
	}

}
