package dev.dealgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.dealgraph.paths.engine.PathQuery;
import dev.dealgraph.paths.engine.PathSearch;

/**
 * Engine against Neo4j GDS and JGraphT on the same queries, in one JVM:
 * {@code GdsBench SIZE QUERIES GDS_QUERIES JGRAPHT_QUERIES JGRAPHT_MAX_SIZE}. GDS and
 * JGraphT run the first queries of the engine's list. Ends with the comparison line.
 */
public final class GdsBench {

	private GdsBench() {
	}

	public static void main(String[] args) {
		int size = Integer.parseInt(args[0]);
		int queryCount = Integer.parseInt(args[1]);
		int libraryQueries = Integer.parseInt(args[2]);
		int jgraphtQueries = Integer.parseInt(args[3]);
		int jgraphtMaxSize = Integer.parseInt(args[4]);
		int concurrency = Runtime.getRuntime().availableProcessors();
		System.out.printf("JVM %s, %d cores, max heap %s MB%n", Runtime.version(), concurrency,
				Heap.mb(Runtime.getRuntime().maxMemory()));
		Workload workload = new Workload(size, queryCount, 42);
		System.out.printf("graph: %,d people, %,d ties, %,d arcs; %d queries (%d for GDS/JGraphT)%n",
				workload.graph.nodeCount(), workload.synthetic.tieCount, workload.graph.arcCount(),
				workload.queries.size(), Math.min(libraryQueries, queryCount));
		List<Report> reports = new ArrayList<>();
		Report engineBuild = new Report("engine graph build (CSR)");
		engineBuild.buildNanos = workload.graphBuildNanos;
		engineBuild.heapBytes = workload.graphHeapBytes;
		reports.add(engineBuild);
		PathSearch search = new PathSearch(workload.graph);
		EngineRun.warmUp(workload, search);
		EngineRun k1 = new EngineRun(workload, search, 1, PathQuery.UNLIMITED_HOPS);
		EngineRun k10 = new EngineRun(workload, search, 10, PathQuery.UNLIMITED_HOPS);
		EngineRun k10h4 = new EngineRun(workload, search, 10, 4);
		reports.add(k1.report);
		reports.add(k10.report);
		reports.add(k10h4.report);
		List<Workload.Query> subset = workload.queries.subList(0, Math.min(libraryQueries, queryCount));
		List<Integer> subsetIndexes = java.util.stream.IntStream.range(0, subset.size()).boxed().toList();
		GdsMethods gds = new GdsMethods(workload, concurrency);
		reports.add(gds.load);
		Report gdsDijkstra = run("GDS Dijkstra (k=1)", subset, gds::dijkstra, k1.costs);
		Report gdsYen = run("GDS Yen k=10", subset, (q) -> gds.yens(q, 10), k10.costs);
		reports.add(gdsDijkstra);
		reports.add(gdsYen);
		if (size <= jgraphtMaxSize) {
			JGraphTMethods jgrapht = new JGraphTMethods(workload);
			reports.add(jgrapht.load);
			List<Workload.Query> few = subset.subList(0, Math.min(jgraphtQueries, subset.size()));
			reports.add(run("JGraphT BidirectionalDijkstra", few, jgrapht::bidirectionalDijkstra, k1.costs));
			reports.add(run("JGraphT YenKShortestPath k=10", few, (q) -> jgrapht.yen(q, 10), k10.costs));
		}
		else {
			System.out.printf("JGraphT skipped above %,d people%n", jgraphtMaxSize);
		}
		System.out.println();
		System.out.println(Report.header());
		for (Report report : reports) {
			System.out.println(report.line());
			report.notes.forEach((note) -> System.out.println("    " + note));
		}
		System.out.printf("%nengine k=10 p50 over the %d GDS queries: %.3f ms; GDS Yen p50: %.3f ms%n", subset.size(),
				k10.report.medianMillis(subsetIndexes), gdsYen.medianMillis(subsetIndexes));
		double ratio = gdsYen.medianMillis(subsetIndexes) / k10.report.medianMillis(subsetIndexes);
		boolean identical = gdsYen.mismatched == 0 && gdsDijkstra.mismatched == 0 && gdsYen.compared > 0;
		System.out.printf("engine vs GDS Yen (k=10, %d people): %.1fx faster, costs identical: %s%n", size, ratio,
				identical ? "yes" : "no");
	}

	private static Report run(String name, List<Workload.Query> queries, Function<Workload.Query, double[]> method,
			double[][] expected) {
		Report report = new Report(name);
		method.apply(queries.get(0));
		for (int q = 0; q < queries.size(); q++) {
			long started = System.nanoTime();
			double[] costs = method.apply(queries.get(q));
			report.add(q, System.nanoTime() - started);
			report.check(q, expected[q], costs);
		}
		System.out.printf("  %s: %d queries done%n", name, queries.size());
		return report;
	}

}
