package dev.dealgraph.account;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dealgraph.system.ConflictException;
import dev.dealgraph.system.NodeLabel;
import dev.dealgraph.system.Nodes;
import dev.dealgraph.system.NotFoundException;
import dev.dealgraph.system.Page;
import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Reads and writes accounts with targeted Cypher. */
@Component
public class Accounts {

	private final Neo4jClient client;

	private final Nodes nodes;

	Accounts(Neo4jClient client, Nodes nodes) {
		this.client = client;
		this.nodes = nodes;
	}

	public Optional<Account> find(String id) {
		return findAll(List.of(id)).values().stream().findFirst();
	}

	public Account get(String id) {
		return find(id).orElseThrow(() -> new NotFoundException("account", id));
	}

	public Map<String, Account> findAll(Collection<String> ids) {
		Map<String, Account> found = new LinkedHashMap<>();
		this.client.query("MATCH (a:Account) WHERE a.id IN $ids RETURN a ORDER BY a.id")
			.bind(ids)
			.to("ids")
			.fetchAs(Account.class)
			.mappedBy((types, record) -> Account.from(record.get("a")))
			.all()
			.forEach((account) -> found.put(account.id(), account));
		return found;
	}

	Page<Account> list(int page, int size, @Nullable String industry) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("industry", industry);
		parameters.put("skip", (long) page * size);
		parameters.put("limit", size);
		String match = "MATCH (a:Account) WHERE $industry IS NULL OR a.industry = $industry ";
		long total = this.client.query(match + "RETURN count(a)")
			.bindAll(parameters)
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		List<Account> items = List
			.copyOf(this.client.query(match + "RETURN a ORDER BY a.name, a.id SKIP $skip LIMIT $limit")
				.bindAll(parameters)
				.fetchAs(Account.class)
				.mappedBy((types, record) -> Account.from(record.get("a")))
				.all());
		return Page.of(items, page, size, total);
	}

	/** Creates or replaces these accounts; call inside a transaction. */
	public void write(List<Account> accounts) {
		if (accounts.isEmpty()) {
			return;
		}
		this.client.query("""
				UNWIND $rows AS row
				MERGE (a:Account {id: row.id})
				SET a += row.properties
				""")
			.bind(accounts.stream().map((a) -> Map.of("id", a.id(), "properties", a.properties())).toList())
			.to("rows")
			.run();
	}

	void delete(String id) {
		var attached = this.client.query("""
				MATCH (a:Account {id: $id})
				RETURN COUNT { (:Person)-[:WORKS_AT]->(a) } AS people, COUNT { (:Deal)-[:AT]->(a) } AS deals
				""").bind(id).to("id").fetch().one().orElseThrow(() -> new NotFoundException("account", id));
		long people = (Long) attached.get("people");
		long deals = (Long) attached.get("deals");
		if (people + deals > 0) {
			throw new ConflictException("Account '" + id + "' still has " + people + " people and " + deals
					+ " deals; delete or move them first");
		}
		this.nodes.delete(NodeLabel.Account, id);
	}

}
