package dev.dealgraph.system;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * A change sequence stored in Neo4j, moved in the same transaction by every write that
 * changes who is tied to whom. Each application instance follows it and refreshes its
 * in-memory path graph when it moves, so a tie written through one instance shows in path
 * answers on every instance.
 */
@Component
public class GraphChanges {

	/** Cypher that binds {@code change} to the sequence node, if there is one yet. */
	public static final String MATCH_CHANGE = "OPTIONAL MATCH (change:GraphChange {id: 'ties'})";

	/** Cypher for where the sequence stands, after {@link #MATCH_CHANGE}. */
	public static final String CHANGE_TOKEN = "coalesce(change.epoch + ':' + change.seq, 'none')";

	private final Neo4jClient client;

	GraphChanges(Neo4jClient client) {
		this.client = client;
	}

	/** Moves the sequence; call inside the transaction that changes ties. */
	public void record() {
		this.client.query("""
				MERGE (c:GraphChange {id: 'ties'})
				ON CREATE SET c.seq = 0, c.epoch = randomUUID()
				SET c.seq = c.seq + 1""").run();
	}

	/**
	 * Where the sequence stands. The epoch is new whenever the sequence node is created,
	 * so a database emptied and refilled never looks unchanged.
	 */
	public String current() {
		return this.client.query(MATCH_CHANGE + " RETURN " + CHANGE_TOKEN).fetchAs(String.class).one().orElse("none");
	}

}
