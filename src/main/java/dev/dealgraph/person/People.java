package dev.dealgraph.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.dealgraph.account.AccountDeletion;
import dev.dealgraph.account.Accounts;
import dev.dealgraph.person.Individuals.Kind;
import dev.dealgraph.system.Batch;
import dev.dealgraph.system.Callers;
import dev.dealgraph.system.Visibility;
import dev.dealgraph.system.ConflictException;
import dev.dealgraph.system.FieldProblem;
import dev.dealgraph.system.NotFoundException;
import dev.dealgraph.system.Page;
import dev.dealgraph.system.Sentences;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * The only place that reads and writes {@code :Person} nodes and their {@code WORKS_AT}
 * edge. Writes go through {@link IndividualWrites}, which holds the shared id space.
 */
@Service
public class People {

	static final String PROJECTION = "p{.*, accountId: [(p)-[:WORKS_AT]->(a:Account) | a.id][0]}";

	private final Neo4jClient client;

	private final Accounts accounts;

	private final Individuals individuals;

	private final IndividualWrites writes;

	private final Suppressions suppressions;

	People(Neo4jClient client, Accounts accounts, Individuals individuals, IndividualWrites writes,
			Suppressions suppressions) {
		this.client = client;
		this.accounts = accounts;
		this.individuals = individuals;
		this.writes = writes;
		this.suppressions = suppressions;
	}

	public Optional<Person> find(String id) {
		return findAll(List.of(id)).values().stream().findFirst();
	}

	public Person get(String id) {
		return find(id).orElseThrow(() -> new NotFoundException("person", id));
	}

	public Map<String, Person> findAll(Collection<String> ids) {
		return read(ids, "");
	}

	/**
	 * Those of these people whose birthday or start day is recorded: what their occasions
	 * are worked out from, without reading everyone else.
	 */
	public Map<String, Person> withDays(Collection<String> ids) {
		return read(ids, " AND (p.birthday IS NOT NULL OR p.startedOn IS NOT NULL)");
	}

	/** These people, in id order, with a further condition from this class only. */
	private Map<String, Person> read(Collection<String> ids, String condition) {
		Map<String, Person> found = new LinkedHashMap<>();
		this.client
			.query("MATCH (p:Person) WHERE p.id IN $ids" + condition + " RETURN " + PROJECTION + " AS p ORDER BY p.id")
			.bind(ids)
			.to("ids")
			.fetchAs(Person.class)
			.mappedBy((types, record) -> Person.from(record.get("p")))
			.all()
			.forEach((person) -> found.put(person.id(), person));
		return found;
	}

	/** The ids of everyone who works at this account, in order. */
	public List<String> idsAt(String accountId) {
		return List
			.copyOf(this.client.query("MATCH (p:Person)-[:WORKS_AT]->(:Account {id: $id}) RETURN p.id ORDER BY p.id")
				.bind(accountId)
				.to("id")
				.fetchAs(String.class)
				.all());
	}

	/** The ids of every person, in order. */
	public List<String> allIds() {
		return List.copyOf(this.client.query("MATCH (p:Person) RETURN p.id ORDER BY p.id").fetchAs(String.class).all());
	}

	/** Whether any {@code :Person} is stored. */
	public boolean any() {
		return this.client.query("MATCH (p:Person) RETURN p.id LIMIT 1").fetchAs(String.class).one().isPresent();
	}

	Page<Person> list(int page, int size, @Nullable String accountId, @Nullable String name) {
		Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
		parameters.put("accountId", accountId);
		parameters.put("name", (name != null) ? name.toLowerCase(Locale.ROOT) : null);
		parameters.put("skip", (long) page * size);
		parameters.put("limit", size);
		parameters.putAll(Callers.scope().parameters());
		String match = """
				MATCH (p:Person)
				WHERE ($accountId IS NULL OR EXISTS { (p)-[:WORKS_AT]->(:Account {id: $accountId}) })
				  AND ($name IS NULL OR toLower(p.name) CONTAINS $name)
				""" + "  AND " + Visibility.individual("p") + "\n";
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

	/**
	 * What is wrong with a batch of people beyond each item's own fields: duplicate ids,
	 * ids colleagues hold, unknown accounts. A person erased on request is refused at
	 * once, with a 409 naming each such item.
	 * @param accountsInBatch accounts written together with these people
	 * @param colleaguesInBatch colleagues written together with these people
	 */
	public List<FieldProblem> check(List<Person> people, String prefix, Set<String> accountsInBatch,
			Set<String> colleaguesInBatch) {
		refuseErased(people, prefix);
		List<FieldProblem> problems = new ArrayList<>();
		Batch.unique(prefix, people, Person::id, problems);
		problems.addAll(this.individuals.idSpace(people.stream().map(Person::id).toList(), prefix, Kind.PERSON,
				colleaguesInBatch));
		problems.addAll(employers(people, prefix, accountsInBatch));
		return problems;
	}

	/** 409 when any of these people was erased on request and is still suppressed. */
	private void refuseErased(List<Person> people, String prefix) {
		Set<String> stored = this.individuals.existing(people.stream().map(Person::id).toList(), Kind.PERSON);
		List<FieldProblem> erased = this.suppressions.problems(people, prefix, stored);
		if (!erased.isEmpty()) {
			throw new ConflictException(Sentences.of("problem.conflict.erased"), erased);
		}
	}

	private List<FieldProblem> employers(List<Person> people, String prefix, Set<String> accountsInBatch) {
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> known = Batch.known(accountsInBatch,
				people.stream().map(Person::accountId).filter((id) -> id != null).toList(), this.accounts::existing);
		for (int i = 0; i < people.size(); i++) {
			Batch.refer(Batch.field(Batch.at(prefix, i), "accountId"), people.get(i).accountId(), known, "account",
					problems);
		}
		return problems;
	}

	/** Creates or replaces these people and their employer; call inside a transaction. */
	public void write(List<Person> people) {
		this.writes.put(Kind.PERSON, rows(people));
	}

	/**
	 * Creates one person; an id any individual holds is a 409, decided by the database.
	 */
	void create(Person person) {
		this.writes.create(Kind.PERSON, () -> {
			refuseErased(List.of(person), "");
			Batch.reject(employers(List.of(person), "", Set.of()));
		}, rows(List.of(person)));
	}

	/** Creates or replaces one person; a colleague's id is a 409. True when created. */
	boolean put(Person person) {
		return this.writes.putOne(Kind.PERSON, () -> {
			refuseErased(List.of(person), "");
			Batch.reject(employers(List.of(person), "", Set.of()));
		}, rows(List.of(person)));
	}

	/**
	 * Deletes the person with their ties and deal facts ({@link IndividualDeletion});
	 * joins the caller's transaction, if any.
	 */
	public void delete(String id) {
		this.writes.delete(Kind.PERSON, id);
	}

	@EventListener
	void onAccountDeletion(AccountDeletion deletion) {
		deletion.stillHas(this.client.query("MATCH (p:Person)-[:WORKS_AT]->(:Account {id: $id}) RETURN count(p)")
			.bind(deletion.accountId())
			.to("id")
			.fetchAs(Long.class)
			.one()
			.orElse(0L), "people");
	}

	private static List<Map<String, @Nullable Object>> rows(List<Person> people) {
		return people.stream().map((p) -> {
			Map<String, @Nullable Object> row = new LinkedHashMap<>();
			row.put("id", p.id());
			row.put("accountId", p.accountId());
			row.put("properties", p.properties());
			return row;
		}).toList();
	}

}
