package dev.dealgraph.system;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Label-generic reads and deletes; the label always comes from {@link NodeLabel}. */
@Component
public class Nodes {

	private final Neo4jClient client;

	private final GraphChanges changes;

	Nodes(Neo4jClient client, GraphChanges changes) {
		this.client = client;
		this.changes = changes;
	}

	public boolean exists(NodeLabel label, String id) {
		return !existing(label, Set.of(id)).isEmpty();
	}

	public void requireExists(NodeLabel label, String id) {
		if (!exists(label, id)) {
			throw new NotFoundException(label.noun(), id);
		}
	}

	/** The subset of {@code ids} that exist with this label. */
	public Set<String> existing(NodeLabel label, Collection<String> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.client.query("MATCH (n:" + label.name() + ") WHERE n.id IN $ids RETURN n.id AS id")
			.bind(ids)
			.to("ids")
			.fetchAs(String.class)
			.all());
	}

	/** Deletes the node and every relationship it has; false when there was none. */
	public boolean delete(NodeLabel label, String id) {
		Optional<List<String>> deals = this.client.query("""
				MATCH (n:%s {id: $id})
				WITH n, COLLECT { MATCH (n)-[:IN_DEAL|ON_TEAM]->(d:Deal) RETURN d.id } AS deals
				DETACH DELETE n
				RETURN deals""".formatted(label.name()))
			.bindAll(Map.of("id", id))
			.fetchAs(Deals.class)
			.mappedBy((types, record) -> new Deals(record.get("deals").asList((value) -> value.asString())))
			.one()
			.map(Deals::ids);
		if (deals.isEmpty()) {
			return false;
		}
		switch (label) {
			case Person, Colleague -> this.changes.record(List.of(id), deals.get());
			case Deal -> this.changes.record(List.of(), List.of(id));
			case Account -> {
				// only an account without people or deals is deleted; paths never read it
			}
		}
		return true;
	}

	private record Deals(List<String> ids) {
	}

	/**
	 * Rejects an id that a person or a colleague already has: ties name either by id
	 * alone.
	 */
	public void requireIndividualIdFree(NodeLabel otherLabel, String id) {
		if (exists(otherLabel, id)) {
			throw new ConflictException("The id '" + id + "' is already used by a " + otherLabel.noun()
					+ "; people and colleagues share one id space");
		}
	}

}
