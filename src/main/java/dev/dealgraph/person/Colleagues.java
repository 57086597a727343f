package dev.dealgraph.person;

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

/** Reads and writes our own colleagues. */
@Component
public class Colleagues {

	private final Neo4jClient client;

	private final GraphChanges changes;

	Colleagues(Neo4jClient client, GraphChanges changes) {
		this.client = client;
		this.changes = changes;
	}

	public Optional<Colleague> find(String id) {
		return findAll(List.of(id)).values().stream().findFirst();
	}

	public Colleague get(String id) {
		return find(id).orElseThrow(() -> new NotFoundException("colleague", id));
	}

	public Map<String, Colleague> findAll(Collection<String> ids) {
		Map<String, Colleague> found = new LinkedHashMap<>();
		this.client.query("MATCH (c:Colleague) WHERE c.id IN $ids RETURN c ORDER BY c.id")
			.bind(ids)
			.to("ids")
			.fetchAs(Colleague.class)
			.mappedBy((types, record) -> Colleague.from(record.get("c")))
			.all()
			.forEach((colleague) -> found.put(colleague.id(), colleague));
		return found;
	}

	Page<Colleague> list(int page, int size, @Nullable ColleagueFunction function) {
		Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
		parameters.put("function", (function != null) ? function.name() : null);
		parameters.put("skip", (long) page * size);
		parameters.put("limit", size);
		String match = "MATCH (c:Colleague) WHERE $function IS NULL OR c.function = $function ";
		long total = this.client.query(match + "RETURN count(c)")
			.bindAll(parameters)
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		List<Colleague> items = List
			.copyOf(this.client.query(match + "RETURN c ORDER BY c.name, c.id SKIP $skip LIMIT $limit")
				.bindAll(parameters)
				.fetchAs(Colleague.class)
				.mappedBy((types, record) -> Colleague.from(record.get("c")))
				.all());
		return Page.of(items, page, size, total);
	}

	/** Creates or replaces these colleagues; call inside a transaction. */
	public void write(List<Colleague> colleagues) {
		if (colleagues.isEmpty()) {
			return;
		}
		this.changes.record(colleagues.stream().map(Colleague::id).toList(), List.of());
		this.client.query("""
				UNWIND $rows AS row
				MERGE (c:Colleague {id: row.id})
				SET c += row.properties
				""")
			.bind(colleagues.stream().map((c) -> Map.of("id", c.id(), "properties", c.properties())).toList())
			.to("rows")
			.run();
	}

}
