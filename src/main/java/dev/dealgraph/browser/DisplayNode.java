package dev.dealgraph.browser;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.NotFoundException;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterable;

/**
 * A node that exists only in a query result: it carries a stored node's identity with
 * other labels and properties, and refuses every write and traversal.
 */
final class DisplayNode implements Node {

	private final long id;

	private final String elementId;

	private final List<Label> labels;

	private final Map<String, Object> properties;

	DisplayNode(long id, String elementId, List<Label> labels, Map<String, Object> properties) {
		this.id = id;
		this.elementId = elementId;
		this.labels = List.copyOf(labels);
		this.properties = Map.copyOf(properties);
	}

	@Override
	@SuppressWarnings("removal") // Browser 5.24 still relates result nodes by id()
	public long getId() {
		return this.id;
	}

	@Override
	public String getElementId() {
		return this.elementId;
	}

	@Override
	public Iterable<Label> getLabels() {
		return this.labels;
	}

	@Override
	public boolean hasLabel(Label label) {
		return this.labels.stream().anyMatch((candidate) -> candidate.name().equals(label.name()));
	}

	@Override
	public boolean hasProperty(String key) {
		return this.properties.containsKey(key);
	}

	@Override
	public Object getProperty(String key) {
		Object value = this.properties.get(key);
		if (value == null) {
			throw new NotFoundException("No property " + key);
		}
		return value;
	}

	@Override
	public Object getProperty(String key, Object defaultValue) {
		return this.properties.getOrDefault(key, defaultValue);
	}

	@Override
	public Iterable<String> getPropertyKeys() {
		return this.properties.keySet();
	}

	@Override
	public Map<String, Object> getProperties(String... keys) {
		Map<String, Object> selected = new HashMap<>();
		for (String key : keys) {
			if (this.properties.containsKey(key)) {
				selected.put(key, this.properties.get(key));
			}
		}
		return selected;
	}

	@Override
	public Map<String, Object> getAllProperties() {
		return this.properties;
	}

	@Override
	public void setProperty(String key, Object value) {
		throw readOnly();
	}

	@Override
	public Object removeProperty(String key) {
		throw readOnly();
	}

	@Override
	public void delete() {
		throw readOnly();
	}

	@Override
	public void addLabel(Label label) {
		throw readOnly();
	}

	@Override
	public void removeLabel(Label label) {
		throw readOnly();
	}

	@Override
	public Relationship createRelationshipTo(Node otherNode, RelationshipType type) {
		throw readOnly();
	}

	@Override
	public ResourceIterable<Relationship> getRelationships() {
		throw noTraversal();
	}

	@Override
	public ResourceIterable<Relationship> getRelationships(RelationshipType... types) {
		throw noTraversal();
	}

	@Override
	public ResourceIterable<Relationship> getRelationships(Direction direction, RelationshipType... types) {
		throw noTraversal();
	}

	@Override
	public ResourceIterable<Relationship> getRelationships(Direction direction) {
		throw noTraversal();
	}

	@Override
	public boolean hasRelationship() {
		throw noTraversal();
	}

	@Override
	public boolean hasRelationship(RelationshipType... types) {
		throw noTraversal();
	}

	@Override
	public boolean hasRelationship(Direction direction, RelationshipType... types) {
		throw noTraversal();
	}

	@Override
	public boolean hasRelationship(Direction direction) {
		throw noTraversal();
	}

	@Override
	public Relationship getSingleRelationship(RelationshipType type, Direction direction) {
		throw noTraversal();
	}

	@Override
	public Iterable<RelationshipType> getRelationshipTypes() {
		throw noTraversal();
	}

	@Override
	public int getDegree() {
		throw noTraversal();
	}

	@Override
	public int getDegree(RelationshipType type) {
		throw noTraversal();
	}

	@Override
	public int getDegree(Direction direction) {
		throw noTraversal();
	}

	@Override
	public int getDegree(RelationshipType type, Direction direction) {
		throw noTraversal();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DisplayNode node && node.elementId.equals(this.elementId)
				&& node.labels.equals(this.labels);
	}

	@Override
	public int hashCode() {
		return this.elementId.hashCode();
	}

	@Override
	public String toString() {
		return "DisplayNode[" + this.elementId + "]" + this.labels;
	}

	private static UnsupportedOperationException readOnly() {
		return new UnsupportedOperationException("A display node from dealgraph.stakeholder is read-only");
	}

	private static UnsupportedOperationException noTraversal() {
		return new UnsupportedOperationException(
				"A display node from dealgraph.stakeholder cannot be traversed; match the stored person instead");
	}

}
