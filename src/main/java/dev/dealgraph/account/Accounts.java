package dev.dealgraph.account;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.dealgraph.audit.AuditLog;
import dev.dealgraph.system.Batch;
import dev.dealgraph.system.Callers;
import dev.dealgraph.system.ConflictException;
import dev.dealgraph.system.FieldProblem;
import dev.dealgraph.system.GraphWrites;
import dev.dealgraph.system.NotFoundException;
import dev.dealgraph.system.Page;
import dev.dealgraph.system.Sentences;
import dev.dealgraph.system.Visibility;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * The only place that reads and writes {@code :Account} nodes. Other features attach
 * their objects to accounts with their own edges and keep an account from being deleted
 * through {@link AccountDeletion}.
 */
@Service
public class Accounts {

	private final Neo4jClient client;

	private final GraphWrites writes;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	Accounts(Neo4jClient client, GraphWrites writes, ApplicationEventPublisher events, AuditLog audit) {
		this.client = client;
		this.writes = writes;
		this.events = events;
		this.audit = audit;
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

	/** The ids of every account, in order. */
	public List<String> allIds() {
		return List
			.copyOf(this.client.query("MATCH (a:Account) RETURN a.id ORDER BY a.id").fetchAs(String.class).all());
	}

	/** Whether any {@code :Account} is stored. */
	public boolean any() {
		return this.client.query("MATCH (a:Account) RETURN a.id LIMIT 1").fetchAs(String.class).one().isPresent();
	}

	/** The subset of {@code ids} that are stored accounts the caller may read. */
	public Set<String> existing(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		Map<String, Object> parameters = Callers.scope().parameters();
		parameters.put("ids", List.copyOf(ids));
		return new HashSet<>(this.client
			.query("MATCH (a:Account) WHERE a.id IN $ids AND " + Visibility.account("a") + " RETURN a.id")
			.bindAll(parameters)
			.fetchAs(String.class)
			.all());
	}

	Page<Account> list(int page, int size, @Nullable String industry) {
		Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
		parameters.put("industry", industry);
		parameters.put("skip", (long) page * size);
		parameters.put("limit", size);
		parameters.putAll(Callers.scope().parameters());
		String match = "MATCH (a:Account) WHERE ($industry IS NULL OR a.industry = $industry) AND "
				+ Visibility.account("a") + " ";
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

	/** What is wrong with a batch of accounts beyond each item's own fields. */
	public List<FieldProblem> check(List<Account> accounts, String prefix) {
		List<FieldProblem> problems = new java.util.ArrayList<>();
		Batch.unique(prefix, accounts, Account::id, problems);
		return problems;
	}

	/** Creates or replaces these accounts; call inside a transaction. */
	public void write(List<Account> accounts) {
		if (accounts.isEmpty()) {
			return;
		}
		this.audit.recordRows("account", this.client.query(MERGE).bind(rows(accounts)).to("rows").fetch().all());
	}

	/** Creates or replaces accounts, answering each one's fields before and after. */
	private static final String MERGE = """
			UNWIND $rows AS row
			MERGE (a:Account {id: row.id})
			ON CREATE SET a.created_ = true
			WITH a, row, CASE WHEN a.created_ IS NULL THEN properties(a) END AS before
			REMOVE a.created_
			SET a += row.properties
			RETURN a.id AS id, before, properties(a) AS after""";

	/**
	 * Creates the account; 409 when its id is taken, even by a writer racing this one.
	 */
	void create(Account account) {
		this.writes.creating(() -> {
			this.audit.recordRows("account",
					this.client.query("""
							UNWIND $rows AS row
							CREATE (a:Account {id: row.id})
							SET a += row.properties
							RETURN a.id AS id, null AS before, properties(a) AS after""")
						.bind(rows(List.of(account)))
						.to("rows")
						.fetch()
						.all());
			return Boolean.TRUE;
		}, () -> new ConflictException(
				Sentences.of("problem.conflict.exists", Sentences.noun("account"), account.id())));
	}

	/** Creates or replaces the account; true when it was created. */
	boolean put(Account account) {
		return this.writes.inTransaction(() -> {
			Collection<Map<String, Object>> written = this.client.query(MERGE)
				.bind(rows(List.of(account)))
				.to("rows")
				.fetch()
				.all();
			this.audit.recordRows("account", written);
			return written.iterator().next().get("before") == null;
		});
	}

	/** Deletes an account that nothing is attached to any more. */
	void delete(String id) {
		this.writes.inTransaction(() -> {
			if (lock(id) == 0) {
				throw new NotFoundException("account", id);
			}
			AccountDeletion deletion = new AccountDeletion(id);
			this.events.publishEvent(deletion);
			if (!deletion.attached().isEmpty()) {
				List<MessageSourceResolvable> attached = deletion.attached();
				throw new ConflictException((attached.size() == 1)
						? Sentences.of("problem.conflict.still-attached", id, attached.get(0))
						: Sentences.of("problem.conflict.still-attached.two", id, attached.get(0), attached.get(1)));
			}
			this.audit.recordRows("account", this.client.query("""
					MATCH (a:Account {id: $id}) WITH a, properties(a) AS before DELETE a
					RETURN $id AS id, before, null AS after""").bind(id).to("id").fetch().all());
		});
	}

	/**
	 * Takes the account's write lock, so nothing is attached to it while it is checked
	 * and deleted; 0 when there is no such account.
	 */
	private long lock(String id) {
		return this.client.query("MATCH (a:Account {id: $id}) SET a._lock = true REMOVE a._lock RETURN count(a)")
			.bind(id)
			.to("id")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	private static List<Map<String, Object>> rows(List<Account> accounts) {
		return accounts.stream()
			.map((a) -> Map.<String, Object>of("id", a.id(), "properties", a.properties()))
			.toList();
	}

}
