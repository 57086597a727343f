package dev.dealgraph.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.dealgraph.person.Individuals.Kind;
import dev.dealgraph.system.Batch;
import dev.dealgraph.system.FieldProblem;
import dev.dealgraph.system.NotFoundException;
import dev.dealgraph.system.Page;
import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/** The only place that reads and writes {@code :Colleague} nodes: our own people. */
@Service
public class Colleagues {

	private final Neo4jClient client;

	private final Individuals individuals;

	private final IndividualWrites writes;

	Colleagues(Neo4jClient client, Individuals individuals, IndividualWrites writes) {
		this.client = client;
		this.individuals = individuals;
		this.writes = writes;
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

	/** The ids of every colleague, in order. */
	public List<String> allIds() {
		return List
			.copyOf(this.client.query("MATCH (c:Colleague) RETURN c.id ORDER BY c.id").fetchAs(String.class).all());
	}

	/** Whether any {@code :Colleague} is stored. */
	public boolean any() {
		return this.client.query("MATCH (c:Colleague) RETURN c.id LIMIT 1").fetchAs(String.class).one().isPresent();
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

	/**
	 * What is wrong with a batch of colleagues beyond each item's own fields: duplicate
	 * ids and ids people hold. A person of the same batch with a colleague's id is
	 * reported by {@link People#check}.
	 */
	public List<FieldProblem> check(List<Colleague> colleagues, String prefix) {
		List<FieldProblem> problems = new ArrayList<>();
		Batch.unique(prefix, colleagues, Colleague::id, problems);
		problems.addAll(this.individuals.idSpace(colleagues.stream().map(Colleague::id).toList(), prefix,
				Kind.COLLEAGUE, Set.of()));
		return problems;
	}

	/** Creates or replaces these colleagues; call inside a transaction. */
	public void write(List<Colleague> colleagues) {
		this.writes.put(Kind.COLLEAGUE, rows(colleagues));
	}

	/**
	 * Creates one colleague; an id any individual holds is a 409, decided by the
	 * database.
	 */
	void create(Colleague colleague) {
		this.writes.create(Kind.COLLEAGUE, () -> {
		}, rows(List.of(colleague)));
	}

	/** Creates or replaces one colleague; a person's id is a 409. True when created. */
	boolean put(Colleague colleague) {
		return this.writes.putOne(Kind.COLLEAGUE, () -> {
		}, rows(List.of(colleague)));
	}

	void delete(String id) {
		this.writes.delete(Kind.COLLEAGUE, id);
	}

	private static List<Map<String, @Nullable Object>> rows(List<Colleague> colleagues) {
		return colleagues.stream().map((c) -> {
			Map<String, @Nullable Object> row = new LinkedHashMap<>();
			row.put("id", c.id());
			row.put("properties", c.properties());
			return row;
		}).toList();
	}

}
