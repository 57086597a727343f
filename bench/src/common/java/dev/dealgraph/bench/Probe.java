package dev.dealgraph.bench;

import dev.dealgraph.paths.engine.PathQuery;
import dev.dealgraph.paths.engine.PathResult;
import dev.dealgraph.paths.engine.PathSearch;

/** Per-query engine statistics, for tuning: {@code Probe SIZE QUERIES}. */
public final class Probe {

	private Probe() {
	}

	public static void main(String[] args) {
		Workload workload = new Workload(Integer.parseInt(args[0]), Integer.parseInt(args[1]), 42);
		PathSearch search = new PathSearch(workload.graph);
		EngineRun.warmUp(workload, search);
		for (Workload.Query query : workload.queries) {
			for (int k : new int[] { 1, 10 }) {
				PathResult result = search
					.search(PathQuery.of(new int[] { query.source() }, query.target(), k, PathQuery.UNLIMITED_HOPS)
						.withFactors(workload.nodeFactors()));
				System.out.printf("%-20s k=%-2d paths=%-2d hops=%-3d spurs=%-4d settled=%,9d labelled=%,9d ms=%.2f%n",
						query.kind(), k, result.paths().size(),
						result.paths().isEmpty() ? 0 : result.paths().get(0).hops(), result.stats().spurSearches(),
						result.stats().nodesSettled(), result.stats().nodesLabelled(),
						result.stats().elapsedNanos() / 1e6);
			}
		}
	}

}
