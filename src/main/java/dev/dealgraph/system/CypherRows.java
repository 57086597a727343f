package dev.dealgraph.system;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.neo4j.driver.Record;
import org.neo4j.driver.Result;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Runs one read and hands each row to a callback as it arrives, so that reads of a whole
 * graph never hold all rows at once.
 */
public final class CypherRows {

	private CypherRows() {
	}

	public static void stream(Neo4jClient client, String cypher, Map<String, Object> parameters, Consumer<Record> row) {
		client.delegateTo((runner) -> {
			Result result = runner.run(cypher, parameters);
			while (result.hasNext()) {
				row.accept(result.next());
			}
			return Optional.of(Boolean.TRUE);
		}).run();
	}

}
