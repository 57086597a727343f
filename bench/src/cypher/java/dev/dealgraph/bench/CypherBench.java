package dev.dealgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.dealgraph.paths.engine.PathSearch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;

/**
 * Engine against the pure-Cypher answer on an embedded Neo4j, on the same queries:
 * {@code CypherBench SIZE QUERIES MAX_HOPS TIMEOUT_SECONDS}. The Cypher is what users
 * reach for: every bounded variable-length path, loopless ones kept, costs summed, best
 * ten.
 */
public final class CypherBench {

	static final String QUERY = """
			MATCH (s:P {i: $source}), (t:P {i: $target})
			MATCH p = (s)-[:ARC*1..%d]->(t)
			WHERE all(x IN range(1, size(nodes(p)) - 1) WHERE NOT nodes(p)[x] IN nodes(p)[0..x])
			WITH reduce(c = 0.0, r IN relationships(p) | c + r.w) AS cost
			RETURN cost ORDER BY cost LIMIT $k
			""";

	private CypherBench() {
	}

	public static void main(String[] args) throws IOException {
		int size = Integer.parseInt(args[0]);
		int queryCount = Integer.parseInt(args[1]);
		int maxHops = Integer.parseInt(args[2]);
		int timeoutSeconds = Integer.parseInt(args[3]);
		Workload workload = new Workload(size, queryCount, 42);
		System.out.printf("graph: %,d people, %,d arcs; %d queries, maxHops=%d, Cypher timeout %d s%n",
				workload.graph.nodeCount(), workload.graph.arcCount(), queryCount, maxHops, timeoutSeconds);
		PathSearch search = new PathSearch(workload.graph);
		EngineRun.warmUp(workload, search);
		EngineRun engine = new EngineRun(workload, search, 10, maxHops);
		Path store = Path.of("target", "neo4j-" + size);
		delete(store);
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(store)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.gibiBytes(2))
			.setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(timeoutSeconds))
			.build();
		try {
			GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			Report load = load(db, workload);
			Report cypher = new Report("Cypher var-length *1.." + maxHops + " k=10");
			String query = QUERY.formatted(maxHops);
			run(db, query, workload.queries.get(0), workload);
			for (int q = 0; q < workload.queries.size(); q++) {
				Workload.Query pair = workload.queries.get(q);
				long started = System.nanoTime();
				double[] costs;
				try {
					costs = run(db, query, pair, workload);
				}
				catch (RuntimeException ex) {
					cypher.timedOut++;
					System.out.printf("  query %d (%s) stopped: %s%n", q, pair.kind(),
							ex.getMessage().lines().findFirst().orElse(""));
					continue;
				}
				cypher.add(q, System.nanoTime() - started);
				cypher.check(q, engine.costs[q], costs);
			}
			System.out.println();
			System.out.println(Report.header());
			System.out.println(engine.report.line());
			System.out.println(load.line());
			System.out.println(cypher.line());
			cypher.notes.forEach((note) -> System.out.println("    " + note));
			List<Integer> answered = new ArrayList<>(cypher.nanosByQuery.keySet());
			System.out.printf(
					"engine vs Cypher (k=10, maxHops=%d, %d people, %d queries answered): %.1fx faster, "
							+ "costs identical: %s%n",
					maxHops, size, answered.size(),
					cypher.medianMillis(answered) / engine.report.medianMillis(answered),
					(cypher.mismatched == 0 && cypher.compared > 0) ? "yes" : "no");
		}
		finally {
			service.shutdown();
		}
	}

	private static double[] run(GraphDatabaseService db, String query, Workload.Query pair, Workload workload) {
		double correction = workload.targetCorrection(pair.target());
		try (Transaction tx = db.beginTx()) {
			List<Double> costs = new ArrayList<>();
			tx.execute(query, Map.of("source", pair.source(), "target", pair.target(), "k", 10))
				.forEachRemaining((row) -> costs.add((Double) row.get("cost")));
			tx.commit();
			return costs.stream().mapToDouble((cost) -> cost - correction).toArray();
		}
	}

	private static Report load(GraphDatabaseService db, Workload workload) {
		Report load = new Report("Neo4j store load (embedded)");
		long started = System.nanoTime();
		try (Transaction tx = db.beginTx()) {
			tx.execute("CREATE INDEX p_i IF NOT EXISTS FOR (p:P) ON (p.i)");
			tx.commit();
		}
		int n = workload.graph.nodeCount();
		Label label = Label.label("P");
		RelationshipType type = RelationshipType.withName("ARC");
		long[] ids = new long[n];
		for (int from = 0; from < n; from += 50_000) {
			try (Transaction tx = db.beginTx()) {
				for (int v = from; v < Math.min(n, from + 50_000); v++) {
					Node node = tx.createNode(label);
					node.setProperty("i", v);
					ids[v] = node.getId();
				}
				tx.commit();
			}
		}
		int batch = 0;
		Transaction tx = db.beginTx();
		try {
			for (int v = 0; v < n; v++) {
				Node tail = tx.getNodeById(ids[v]);
				for (int arc = workload.graph.firstArc(v); arc < workload.graph.endArc(v); arc++) {
					double weight = workload.foldedWeight(v, arc);
					if (Double.isNaN(weight)) {
						continue;
					}
					tail.createRelationshipTo(tx.getNodeById(ids[workload.graph.target(arc)]), type)
						.setProperty("w", weight);
					if (++batch == 50_000) {
						tx.commit();
						tx.close();
						tx = db.beginTx();
						tail = tx.getNodeById(ids[v]);
						batch = 0;
					}
				}
			}
			tx.commit();
		}
		finally {
			tx.close();
		}
		try (Transaction wait = db.beginTx()) {
			wait.schema().awaitIndexesOnline(10, java.util.concurrent.TimeUnit.MINUTES);
		}
		load.buildNanos = System.nanoTime() - started;
		return load;
	}

	private static void delete(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> files = Files.walk(path)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> {
				try {
					Files.delete(file);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

}
