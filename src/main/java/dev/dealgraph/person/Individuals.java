package dev.dealgraph.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.dealgraph.system.Callers;
import dev.dealgraph.system.Visibility;
import dev.dealgraph.system.Batch;
import dev.dealgraph.system.FieldProblem;
import dev.dealgraph.system.Sentences;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * People and colleagues share one id space, so a tie can name either by id alone. Both
 * carry the {@code :Individual} label, unique by id in the database, so two writers
 * cannot give one id to a person and a colleague at once.
 */
@Service
public class Individuals {

	/** Which side an individual is on. */
	public enum Kind {

		PERSON("person"), COLLEAGUE("colleague");

		private final String noun;

		Kind(String noun) {
			this.noun = noun;
		}

		public String noun() {
			return this.noun;
		}

	}

	private final Neo4jClient client;

	Individuals(Neo4jClient client) {
		this.client = client;
	}

	/** Which of these ids are stored, and as what. */
	public Map<String, Kind> kinds(Collection<String> ids) {
		Map<String, Kind> kinds = new HashMap<>();
		if (ids.isEmpty()) {
			return kinds;
		}
		this.client.query("""
				MATCH (n:Individual) WHERE n.id IN $ids
				RETURN n.id AS id, CASE WHEN n:Colleague THEN 'COLLEAGUE' ELSE 'PERSON' END AS kind""")
			.bind(ids)
			.to("ids")
			.fetch()
			.all()
			.forEach((row) -> kinds.put((String) row.get("id"), Kind.valueOf((String) row.get("kind"))));
		return kinds;
	}

	/**
	 * The stored ids among these, of either kind, that the caller may read: to them an
	 * individual they may not read is as unknown as a missing one.
	 */
	public Set<String> existing(Collection<String> ids) {
		return readableKinds(ids).keySet();
	}

	private Map<String, Kind> readableKinds(Collection<String> ids) {
		Map<String, Kind> kinds = new HashMap<>();
		if (ids.isEmpty()) {
			return kinds;
		}
		Map<String, Object> parameters = Callers.scope().parameters();
		parameters.put("ids", List.copyOf(ids));
		this.client
			.query("MATCH (n:Individual) WHERE n.id IN $ids AND " + Visibility.individual("n")
					+ " RETURN n.id AS id, CASE WHEN n:Colleague THEN 'COLLEAGUE' ELSE 'PERSON' END AS kind")
			.bindAll(parameters)
			.fetch()
			.all()
			.forEach((row) -> kinds.put((String) row.get("id"), Kind.valueOf((String) row.get("kind"))));
		return kinds;
	}

	/** The stored ids among these that are of this kind. */
	public Set<String> existing(Collection<String> ids, Kind kind) {
		return readableKinds(ids).entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == kind)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	/**
	 * Ids of a batch of one kind that the other kind already has, stored or in the same
	 * batch.
	 */
	List<FieldProblem> idSpace(List<String> ids, String prefix, Kind kind, Set<String> otherKindInBatch) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, Kind> stored = kinds(ids);
		for (int i = 0; i < ids.size(); i++) {
			String id = ids.get(i);
			Kind other = otherOf(kind);
			if (otherKindInBatch.contains(id)) {
				problems.add(new FieldProblem(Batch.at(prefix, i),
						Sentences.of("problem.field.duplicate-across-kinds", id, Sentences.noun(other.noun()))));
			}
			else if (stored.get(id) == other) {
				problems.add(new FieldProblem(Batch.field(Batch.at(prefix, i), "id"),
						Sentences.of("problem.field.taken-by-other-kind", id, Sentences.noun(other.noun()))));
			}
		}
		return problems;
	}

	private static Kind otherOf(Kind kind) {
		return (kind == Kind.PERSON) ? Kind.COLLEAGUE : Kind.PERSON;
	}

}
