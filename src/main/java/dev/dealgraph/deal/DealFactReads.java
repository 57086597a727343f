package dev.dealgraph.deal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.dealgraph.system.CypherRows;
import org.neo4j.driver.Record;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Every deal's own facts, team and stakeholder facts, one row per deal, for read models
 * that hold all deals in memory.
 */
@Component
public class DealFactReads {

	private static final String FACTS = """
			RETURN d.id AS id, d.name AS name, d.stage AS stage, d.value AS value, d.currency AS currency,
			       d.status AS status, COLLECT { MATCH (d)-[:AT]->(a:Account) RETURN a.id }[0] AS accountId,
			       COLLECT { MATCH (c:Colleague)-[:ON_TEAM]->(d) RETURN c.id ORDER BY c.id } AS team,
			       COLLECT { MATCH (p:Person)-[r:IN_DEAL]->(d)
			                 RETURN {id: p.id, roles: r.roles, attitude: r.attitude, influence: r.influence,
			                         mode: r.mode} } AS stakeholders""";

	private static final String EVERY = "MATCH (d:Deal)\n" + FACTS;

	private static final String BY_IDS = "UNWIND $ids AS id MATCH (d:Deal {id: id})\n" + FACTS;

	private final Neo4jClient client;

	DealFactReads(Neo4jClient client) {
		this.client = client;
	}

	/** Hands every deal's facts to {@code sink}, in no particular order. */
	public void everyDeal(Consumer<DealFacts> sink) {
		CypherRows.stream(this.client, EVERY, Map.of(), (row) -> sink.accept(facts(row)));
	}

	/** Hands the facts of those of {@code ids} that exist to {@code sink}. */
	public void byIds(Collection<String> ids, Consumer<DealFacts> sink) {
		CypherRows.stream(this.client, BY_IDS, Map.of("ids", List.copyOf(ids)), (row) -> sink.accept(facts(row)));
	}

	private static DealFacts facts(Record row) {
		Map<String, StakeholderFacts> stakeholders = new HashMap<>();
		for (Value stakeholder : row.get("stakeholders").values()) {
			Value influence = stakeholder.get("influence");
			Value mode = stakeholder.get("mode");
			stakeholders.put(stakeholder.get("id").asString(),
					new StakeholderFacts(stakeholder.get("roles").asList((role) -> Role.valueOf(role.asString())),
							Attitude.valueOf(stakeholder.get("attitude").asString()),
							influence.isNull() ? null : Influence.valueOf(influence.asString()),
							mode.isNull() ? Mode.UNKNOWN : Mode.valueOf(mode.asString())));
		}
		String id = row.get("id").asString();
		DealFacts.Summary summary = new DealFacts.Summary(text(row.get("accountId")),
				row.get("name").isNull() ? id : row.get("name").asString(),
				row.get("stage").isNull() ? Stage.INTEREST : Stage.valueOf(row.get("stage").asString()),
				row.get("value").isNull() ? null : row.get("value").asLong(), text(row.get("currency")),
				row.get("status").isNull() ? DealStatus.OPEN : DealStatus.valueOf(row.get("status").asString()));
		return new DealFacts(id, row.get("team").asList(Value::asString), stakeholders, summary);
	}

	private static @Nullable String text(Value value) {
		return value.isNull() ? null : value.asString();
	}

}
