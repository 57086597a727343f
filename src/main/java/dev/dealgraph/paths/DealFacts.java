package dev.dealgraph.paths;

import java.util.List;
import java.util.Map;

import dev.dealgraph.deal.Attitude;
import dev.dealgraph.deal.Influence;
import dev.dealgraph.deal.Role;
import org.jspecify.annotations.Nullable;

/**
 * What path answers need of a deal: who is on our team and what each stakeholder is in
 * it.
 *
 * @param team ids of the colleagues on the deal team, in id order
 * @param stakeholders each stakeholder's facts by person id
 */
record DealFacts(List<String> team, Map<String, Facts> stakeholders) {

	/**
	 * One stakeholder's facts in this deal.
	 *
	 * @param roles roles in the deal
	 * @param attitude attitude towards us in the deal
	 * @param influence influence in the deal, when known
	 */
	record Facts(List<Role> roles, Attitude attitude, @Nullable Influence influence) {

		boolean decides() {
			return this.roles.contains(Role.DECISION_MAKER);
		}

	}

	/** Cypher for a deal's facts, given {@code d}, as the map {@link #from} reads. */
	static final String CYPHER = """
			{team: COLLECT { MATCH (c:Colleague)-[:ON_TEAM]->(d) RETURN c.id ORDER BY c.id },
			 stakeholders: COLLECT { MATCH (p:Person)-[r:IN_DEAL]->(d)
			                         RETURN {id: p.id, roles: r.roles, attitude: r.attitude, influence: r.influence} }}""";

	static DealFacts from(org.neo4j.driver.Value value) {
		List<String> team = value.get("team").asList(org.neo4j.driver.Value::asString);
		Map<String, Facts> stakeholders = new java.util.HashMap<>();
		for (org.neo4j.driver.Value row : value.get("stakeholders").values()) {
			org.neo4j.driver.Value influence = row.get("influence");
			stakeholders.put(row.get("id").asString(),
					new Facts(row.get("roles").asList((role) -> Role.valueOf(role.asString())),
							Attitude.valueOf(row.get("attitude").asString()),
							influence.isNull() ? null : Influence.valueOf(influence.asString())));
		}
		return new DealFacts(team, Map.copyOf(stakeholders));
	}

}
