package dev.dealgraph.paths;

import java.time.Instant;
import java.util.BitSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

import dev.dealgraph.paths.engine.PathGraph;
import dev.dealgraph.paths.engine.PathGraphBuilder;
import dev.dealgraph.paths.engine.PathSearch;
import dev.dealgraph.system.GraphChanges;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every person, colleague and traversable tie, held in memory as a compact graph for the
 * path engine. Each instance follows the change sequence in Neo4j ({@link GraphChanges})
 * and rebuilds when it moves, so a write through any instance reaches the path answers of
 * all instances within the refresh interval plus one rebuild. Deal facts are not in here:
 * attitudes are applied per query.
 */
@Component
class PathProjection {

	private static final Log logger = LogFactory.getLog(PathProjection.class);

	private final Neo4jClient client;

	private final GraphChanges changes;

	private final PathSettings settings;

	private final Object rebuilding = new Object();

	private volatile @Nullable Snapshot current;

	PathProjection(Neo4jClient client, GraphChanges changes, PathSettings settings) {
		this.client = client;
		this.changes = changes;
		this.settings = settings;
	}

	/**
	 * One built graph with the change it reflects, and a pool of searches over it (a
	 * search holds scratch arrays the size of the graph, so they are reused, not made per
	 * request).
	 *
	 * @param graph the compact graph
	 * @param colleagues which nodes are our colleagues
	 * @param change the change sequence it was built at
	 * @param builtAt when it was built
	 * @param buildMillis how long building took
	 * @param searches idle searches over this graph
	 */
	record Snapshot(PathGraph graph, BitSet colleagues, String change, Instant builtAt, long buildMillis,
			ConcurrentLinkedQueue<PathSearch> searches) {

		PathSearch borrow() {
			PathSearch search = this.searches.poll();
			return (search != null) ? search : new PathSearch(this.graph);
		}

		void release(PathSearch search) {
			this.searches.offer(search);
		}

		boolean isColleague(int node) {
			return this.colleagues.get(node);
		}

	}

	/** The freshest snapshot, built now if none exists or the sequence has moved. */
	Snapshot snapshot() {
		return snapshot(this.changes.current());
	}

	/**
	 * The snapshot for a change sequence the caller has just read, so a path query can
	 * read it together with its deal in one round trip.
	 */
	Snapshot snapshot(String change) {
		Snapshot snapshot = this.current;
		if (snapshot != null && snapshot.change().equals(change)) {
			return snapshot;
		}
		return rebuild();
	}

	/** The change sequence the current graph reflects. */
	String builtChange() {
		Snapshot snapshot = this.current;
		return (snapshot != null) ? snapshot.change() : "none";
	}

	@Scheduled(fixedDelayString = "${dealgraph.paths.refresh-interval:500ms}")
	void follow() {
		try {
			Snapshot snapshot = this.current;
			if (snapshot == null || !snapshot.change().equals(this.changes.current())) {
				rebuild();
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Could not refresh the path graph: " + ex.getMessage());
		}
	}

	private Snapshot rebuild() {
		synchronized (this.rebuilding) {
			String change = this.changes.current();
			Snapshot snapshot = this.current;
			if (snapshot != null && snapshot.change().equals(change)) {
				return snapshot;
			}
			long started = System.nanoTime();
			PathGraphBuilder builder = PathGraph.builder(this.settings.reportsToUp(), this.settings.reportsToDown());
			BitSet colleagueIds = new BitSet();
			java.util.List<String> colleagueList = new java.util.ArrayList<>();
			stream("MATCH (n) WHERE n:Person OR n:Colleague RETURN n.id AS id, n:Colleague AS colleague", (row) -> {
				String id = row.get(0).asString();
				builder.node(id);
				if (row.get(1).asBoolean()) {
					colleagueList.add(id);
				}
			});
			stream("""
					MATCH (a:Person|Colleague)-[r:KNOWS|INFLUENCES|REPORTS_TO]->(b:Person|Colleague)
					RETURN a.id, b.id, type(r), r.strength""", (row) -> {
				String from = row.get(0).asString();
				String to = row.get(1).asString();
				switch (row.get(2).asString()) {
					case "KNOWS" -> builder.knows(from, to, (float) row.get(3).asDouble());
					case "INFLUENCES" -> builder.influences(from, to, (float) row.get(3).asDouble());
					default -> builder.reportsTo(from, to);
				}
			});
			PathGraph graph = builder.build();
			for (String id : colleagueList) {
				colleagueIds.set(graph.indexOf(id));
			}
			long millis = (System.nanoTime() - started) / 1_000_000;
			Snapshot built = new Snapshot(graph, colleagueIds, change, Instant.now(), millis,
					new ConcurrentLinkedQueue<>());
			this.current = built;
			logger.debug("Path graph rebuilt at change " + change + ": " + graph.nodeCount() + " people, "
					+ graph.arcCount() + " arcs in " + millis + " ms");
			return built;
		}
	}

	private void stream(String cypher, java.util.function.Consumer<Record> row) {
		this.client.delegateTo((runner) -> {
			Result result = runner.run(cypher, Map.of());
			while (result.hasNext()) {
				row.accept(result.next());
			}
			return Optional.of(Boolean.TRUE);
		}).run();
	}

}
