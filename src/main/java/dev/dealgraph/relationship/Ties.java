package dev.dealgraph.relationship;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.dealgraph.system.GraphChanges;
import dev.dealgraph.system.Page;
import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes ties with targeted Cypher, one edge at a time, so concurrent edits to
 * different ties never overwrite each other. The relationship type in each statement
 * comes from {@link TieType}, never from input.
 */
@Component
public class Ties {

	private static final String TYPES = "KNOWS|INFLUENCES|REPORTS_TO|CONFLICTS_WITH";

	private static final String PROJECTION = "r{.*, type: type(r), from: a.id, to: b.id}";

	private final Neo4jClient client;

	private final GraphChanges changes;

	Ties(Neo4jClient client, GraphChanges changes) {
		this.client = client;
		this.changes = changes;
	}

	/** Every tie whose two ends are both among these individuals, in a fixed order. */
	public List<Tie> among(Collection<String> ids) {
		return List.copyOf(this.client.query("""
				MATCH (a:Person|Colleague)-[r:%s]->(b:Person|Colleague)
				WHERE a.id IN $ids AND b.id IN $ids
				RETURN %s AS t ORDER BY type(r), a.id, b.id""".formatted(TYPES, PROJECTION))
			.bind(ids)
			.to("ids")
			.fetchAs(Tie.class)
			.mappedBy((types, record) -> Tie.from(record.get("t")))
			.all());
	}

	public Optional<Tie> find(TieType type, String from, String to) {
		String arrow = type.directed() ? "->" : "-";
		return this.client.query(
				"MATCH (a:Person|Colleague {id: $from})-[r:%s]%s(b:Person|Colleague {id: $to}) RETURN %s AS t LIMIT 1"
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
		String match = """
				MATCH (a:Person|Colleague)-[r:%s]->(b:Person|Colleague)
				WHERE ($id IS NULL OR a.id = $id OR b.id = $id) AND ($type IS NULL OR type(r) = $type)
				""".formatted(TYPES);
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
			this.client.query("""
					UNWIND $rows AS row
					MATCH (a:Person|Colleague {id: row.from}), (b:Person|Colleague {id: row.to})
					MERGE (a)-[r:%s]%s(b)
					SET r += row.properties
					""".formatted(type.name(), arrow)).bind(rows).to("rows").run();
		}
	}

	public boolean delete(TieType type, String from, String to) {
		String arrow = type.directed() ? "->" : "-";
		boolean deleted = this.client.query("""
				MATCH (a:Person|Colleague {id: $from})-[r:%s]%s(b:Person|Colleague {id: $to})
				DELETE r RETURN count(*) AS deleted""".formatted(type.name(), arrow))
			.bindAll(Map.of("from", from, "to", to))
			.fetchAs(Long.class)
			.one()
			.orElse(0L) > 0;
		if (deleted) {
			this.changes.record(List.of(from, to), List.of());
		}
		return deleted;
	}

}
