package dev.dealgraph.upkeep;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.dealgraph.deal.Role;
import dev.dealgraph.deal.Stage;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * How many contacts our people have recorded with each stakeholder on a deal: most wins
 * come from the fourth to the eleventh follow-up, so the assessment weighs them, and when
 * a key player is overdue by the upkeep rhythm. Counts only, read in one round trip for
 * any number of deals; whom they name is the caller's to filter.
 */
@Component
public class FollowUps {

	private static final List<Role> KEY = List.of(Role.DECISION_MAKER);

	private final Neo4jClient client;

	private final CadenceSettings settings;

	FollowUps(Neo4jClient client, CadenceSettings settings) {
		this.client = client;
		this.settings = settings;
	}

	/** Key players with fewer recorded contacts than this on a deal have too few. */
	public int minimum() {
		return this.settings.minFollowUps();
	}

	/**
	 * How often, in days, a decision-maker or technical gatekeeper on an open deal at
	 * this stage should hear from us: the upkeep list's rhythm for them.
	 */
	public long keyPlayerDays(Stage stage) {
		return new Cadence(this.settings).interval(List.of(new Cadence.Part("", stage, KEY, null, 0)));
	}

	/**
	 * The contacts recorded on each deal, by person; a deal without any maps to an empty
	 * map, so every deal asked about is answered.
	 */
	public Map<String, Map<String, Integer>> onDeals(Collection<String> dealIds) {
		Map<String, Map<String, Integer>> counts = new HashMap<>();
		dealIds.forEach((id) -> counts.put(id, new HashMap<>()));
		if (dealIds.isEmpty()) {
			return counts;
		}
		this.client.query("""
				UNWIND $ids AS id
				MATCH (d:Deal {id: id})<-[:ON_DEAL]-(i:Interaction)-[:WITH_PERSON]->(p:Person)
				RETURN d.id AS deal, p.id AS person, count(i) AS n""")
			.bind(List.copyOf(dealIds))
			.to("ids")
			.fetch()
			.all()
			.forEach((row) -> counts.get((String) row.get("deal"))
				.put((String) row.get("person"), ((Number) row.get("n")).intValue()));
		return counts;
	}

}
