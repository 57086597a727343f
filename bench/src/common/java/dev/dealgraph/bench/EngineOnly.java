package dev.dealgraph.bench;

import dev.dealgraph.paths.engine.PathQuery;
import dev.dealgraph.paths.engine.PathSearch;

/** Engine figures alone: {@code EngineOnly SIZE [QUERIES]}. */
public final class EngineOnly {

	private EngineOnly() {
	}

	public static void main(String[] args) {
		int size = Integer.parseInt(args[0]);
		int queries = (args.length > 1) ? Integer.parseInt(args[1]) : 200;
		Workload workload = new Workload(size, queries, 42);
		System.out.printf("graph: %,d people, %,d arcs, built in %,d ms, %s MB%n", workload.graph.nodeCount(),
				workload.graph.arcCount(), workload.graphBuildNanos / 1_000_000, Heap.mb(workload.graphHeapBytes));
		PathSearch search = new PathSearch(workload.graph);
		EngineRun.warmUp(workload, search);
		System.out.println(Report.header());
		for (int[] run : new int[][] { { 1, PathQuery.UNLIMITED_HOPS }, { 10, PathQuery.UNLIMITED_HOPS }, { 10, 4 } }) {
			System.out.println(new EngineRun(workload, search, run[0], run[1]).report.line());
		}
	}

}
