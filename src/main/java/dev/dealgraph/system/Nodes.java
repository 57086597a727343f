package dev.dealgraph.system;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
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
		boolean deleted = this.client
			.query("MATCH (n:" + label.name() + " {id: $id}) DETACH DELETE n RETURN count(*) AS deleted")
			.bindAll(Map.of("id", id))
			.fetchAs(Long.class)
			.one()
			.orElse(0L) > 0;
		if (deleted && (label == NodeLabel.Person || label == NodeLabel.Colleague)) {
			this.changes.record();
		}
		return deleted;
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
