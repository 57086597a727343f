package dev.dealgraph.relationship;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import dev.dealgraph.system.CypherRows;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The ties path search walks, streamed one row each into a callback, for read models that
 * hold the whole relationship graph in memory. Rivalries are never walked, so never read
 * here.
 */
@Component
public class TieReads {

	/** The types a path may walk along. */
	public static final Set<TieType> TRAVERSABLE = EnumSet.of(TieType.KNOWS, TieType.INFLUENCES, TieType.REPORTS_TO);

	private static final String TYPES = TRAVERSABLE.stream().map(TieType::name).collect(Collectors.joining("|"));

	private static final String EVERY = """
			MATCH (a:Individual)-[r:%s]->(b:Individual)
			RETURN a.id AS from, b.id AS to, type(r) AS type, r.strength AS strength""".formatted(TYPES);

	// each id through the shared label's unique index; a tie between two of the ids comes
	// twice
	private static final String TOUCHING = """
			UNWIND $ids AS id
			MATCH (n:Individual {id: id})
			CALL (n) {
			  MATCH (n)-[r:%1$s]->(b:Individual)
			  RETURN n.id AS from, b.id AS to, type(r) AS type, r.strength AS strength
			  UNION ALL
			  MATCH (a:Individual)-[r:%1$s]->(n)
			  RETURN a.id AS from, n.id AS to, type(r) AS type, r.strength AS strength
			}
			RETURN from, to, type, strength""".formatted(TYPES);

	// what an assessment weighs and the path graph does not keep: our ties to people with
	// their trust level and last contact, the formal and informal lines, rivalries
	private static final String EVERY_DETAIL = """
			CALL () {
			  MATCH (a:Individual)-[r:KNOWS]->(b:Individual) WHERE a:Colleague OR b:Colleague
			  RETURN a.id AS from, b.id AS to, type(r) AS type, r.strength AS strength, r.level AS level,
			         r.lastContact AS lastContact
			  UNION ALL
			  MATCH (a:Individual)-[r:INFLUENCES|REPORTS_TO|CONFLICTS_WITH]->(b:Individual)
			  RETURN a.id AS from, b.id AS to, type(r) AS type, r.strength AS strength, null AS level,
			         null AS lastContact
			}
			RETURN from, to, type, strength, level, lastContact""";

	private static final String DETAIL_TOUCHING = """
			UNWIND $ids AS id
			MATCH (n:Individual {id: id})
			CALL (n) {
			  MATCH (n)-[r:KNOWS]-(b:Individual) WHERE n:Colleague OR b:Colleague
			  RETURN startNode(r).id AS from, endNode(r).id AS to, type(r) AS type, r.strength AS strength,
			         r.level AS level, r.lastContact AS lastContact
			  UNION ALL
			  MATCH (n)-[r:INFLUENCES|REPORTS_TO|CONFLICTS_WITH]-(:Individual)
			  RETURN startNode(r).id AS from, endNode(r).id AS to, type(r) AS type, r.strength AS strength,
			         null AS level, null AS lastContact
			}
			RETURN from, to, type, strength, level, lastContact""";

	private final Neo4jClient client;

	TieReads(Neo4jClient client) {
		this.client = client;
	}

	/** Takes one tie at a time. */
	@FunctionalInterface
	public interface Sink {

		/**
		 * One tie, as stored.
		 * @param type one of {@link #TRAVERSABLE}
		 * @param from the first individual; for REPORTS_TO the subordinate
		 * @param to the second individual; for REPORTS_TO the manager
		 * @param strength the tie's strength, or {@code Float.NaN} for a type that has
		 * none (REPORTS_TO)
		 */
		void tie(TieType type, String from, String to, float strength);

	}

	/** Hands every traversable tie to {@code sink}, in no particular order. */
	public void everyTraversable(Sink sink) {
		CypherRows.stream(this.client, EVERY, Map.of(), (row) -> feed(row, sink));
	}

	/**
	 * Hands every traversable tie with at least one end among {@code ids} to
	 * {@code sink}; a tie between two of them comes once from each end.
	 */
	public void traversableTouching(Collection<String> ids, Sink sink) {
		CypherRows.stream(this.client, TOUCHING, Map.of("ids", List.copyOf(ids)), (row) -> feed(row, sink));
	}

	/**
	 * Hands every tie an assessment weighs to {@code sink}: KNOWS ties with one of our
	 * colleagues at an end, INFLUENCES, REPORTS_TO and CONFLICTS_WITH.
	 */
	public void everyDetail(Consumer<TieDetail> sink) {
		CypherRows.stream(this.client, EVERY_DETAIL, Map.of(), (row) -> sink.accept(detail(row)));
	}

	/**
	 * Like {@link #everyDetail} for the ties with at least one end among {@code ids}; a
	 * tie between two of them comes once from each end.
	 */
	public void detailTouching(Collection<String> ids, Consumer<TieDetail> sink) {
		CypherRows.stream(this.client, DETAIL_TOUCHING, Map.of("ids", List.copyOf(ids)),
				(row) -> sink.accept(detail(row)));
	}

	private static TieDetail detail(Record row) {
		Value strength = row.get("strength");
		Value level = row.get("level");
		Value lastContact = row.get("lastContact");
		return new TieDetail(TieType.valueOf(row.get("type").asString()), row.get("from").asString(),
				row.get("to").asString(), strength.isNull() ? Float.NaN : (float) strength.asDouble(),
				level.isNull() ? null : TrustLevel.valueOf(level.asString()),
				lastContact.isNull() ? null : lastContact.asLocalDate());
	}

	private static void feed(Record row, Sink sink) {
		Value strength = row.get("strength");
		sink.tie(TieType.valueOf(row.get("type").asString()), row.get("from").asString(), row.get("to").asString(),
				strength.isNull() ? Float.NaN : (float) strength.asDouble());
	}

}
