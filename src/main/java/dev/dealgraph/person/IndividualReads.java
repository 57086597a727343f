package dev.dealgraph.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.dealgraph.system.CypherRows;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Every person and colleague as a card, streamed in one query, for read models that hold
 * all of them in memory.
 */
@Component
public class IndividualReads {

	private static final String CARD = """
			n.id AS id, n:Colleague AS colleague, n.name AS name, n.title AS title, n.temperament AS temperament,
			COLLECT { MATCH (n)-[:WORKS_AT]->(a:Account) RETURN a.id }[0] AS accountId""";

	private static final String EVERYONE = "MATCH (n) WHERE n:Person OR n:Colleague RETURN " + CARD;

	// one branch per label, so each id is found through its label's unique index
	private static final String BY_IDS = """
			UNWIND $ids AS id
			CALL (id) {
			  MATCH (n:Person {id: id}) RETURN n
			  UNION
			  MATCH (n:Colleague {id: id}) RETURN n
			}
			RETURN\s""" + CARD;

	private final Neo4jClient client;

	IndividualReads(Neo4jClient client) {
		this.client = client;
	}

	/** Hands every person and colleague to {@code sink}, in no particular order. */
	public void everyone(Consumer<IndividualCard> sink) {
		CypherRows.stream(this.client, EVERYONE, Map.of(), (row) -> sink.accept(card(row)));
	}

	/** Hands those of {@code ids} that exist to {@code sink}; missing ids are skipped. */
	public void byIds(Collection<String> ids, Consumer<IndividualCard> sink) {
		CypherRows.stream(this.client, BY_IDS, Map.of("ids", List.copyOf(ids)), (row) -> sink.accept(card(row)));
	}

	private static IndividualCard card(Record row) {
		Value title = row.get("title");
		Value account = row.get("accountId");
		Value temperament = row.get("temperament");
		Side side = row.get("colleague").asBoolean() ? Side.OURS : account.isNull() ? Side.OUTSIDE : Side.CUSTOMER;
		return new IndividualCard(row.get("id").asString(), row.get("name").asString(),
				title.isNull() ? null : title.asString(), side, account.isNull() ? null : account.asString(),
				temperament.isNull() ? Temperament.UNKNOWN : Temperament.valueOf(temperament.asString()));
	}

}
