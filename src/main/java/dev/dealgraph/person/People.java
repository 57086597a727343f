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

/** Reads and writes customer-side and outside people with targeted Cypher. */
@Component
public class People {

	static final String PROJECTION = "p{.*, accountId: [(p)-[:WORKS_AT]->(a:Account) | a.id][0]}";

	private final Neo4jClient client;

	private final GraphChanges changes;

	People(Neo4jClient client, GraphChanges changes) {
		this.client = client;
		this.changes = changes;
	}

	public Optional<Person> find(String id) {
		return findAll(List.of(id)).values().stream().findFirst();
	}

	public Person get(String id) {
		return find(id).orElseThrow(() -> new NotFoundException("person", id));
	}

	public Map<String, Person> findAll(Collection<String> ids) {
		Map<String, Person> found = new LinkedHashMap<>();
		this.client.query("MATCH (p:Person) WHERE p.id IN $ids RETURN " + PROJECTION + " AS p ORDER BY p.id")
			.bind(ids)
			.to("ids")
			.fetchAs(Person.class)
			.mappedBy((types, record) -> Person.from(record.get("p")))
			.all()
			.forEach((person) -> found.put(person.id(), person));
		return found;
	}

	Page<Person> list(int page, int size, @Nullable String accountId, @Nullable String name) {
		Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
		parameters.put("accountId", accountId);
		parameters.put("name", (name != null) ? name.toLowerCase(java.util.Locale.ROOT) : null);
		parameters.put("skip", (long) page * size);
		parameters.put("limit", size);
		String match = """
				MATCH (p:Person)
				WHERE ($accountId IS NULL OR EXISTS { (p)-[:WORKS_AT]->(:Account {id: $accountId}) })
				  AND ($name IS NULL OR toLower(p.name) CONTAINS $name)
				""";
		long total = this.client.query(match + "RETURN count(p)")
			.bindAll(parameters)
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		List<Person> items = List.copyOf(this.client
			.query(match + "RETURN " + PROJECTION + " AS p ORDER BY p.name, p.id SKIP $skip LIMIT $limit")
			.bindAll(parameters)
			.fetchAs(Person.class)
			.mappedBy((types, record) -> Person.from(record.get("p")))
			.all());
		return Page.of(items, page, size, total);
	}

	/** Creates or replaces these people and their employer; call inside a transaction. */
	public void write(List<Person> people) {
		if (people.isEmpty()) {
			return;
		}
		this.changes.record(people.stream().map(Person::id).toList(), List.of());
		List<Map<String, @Nullable Object>> rows = people.stream().map((p) -> {
			Map<String, @Nullable Object> row = new LinkedHashMap<>();
			row.put("id", p.id());
			row.put("accountId", p.accountId());
			row.put("properties", p.properties());
			return row;
		}).toList();
		this.client.query("""
				UNWIND $rows AS row
				MERGE (p:Person {id: row.id})
				SET p += row.properties
				WITH p, row
				CALL (p, row) {
				  OPTIONAL MATCH (p)-[w:WORKS_AT]->(old:Account)
				  WHERE row.accountId IS NULL OR old.id <> row.accountId
				  DELETE w
				}
				CALL (p, row) {
				  MATCH (a:Account {id: row.accountId})
				  MERGE (p)-[:WORKS_AT]->(a)
				}
				""").bind(rows).to("rows").run();
	}

}
