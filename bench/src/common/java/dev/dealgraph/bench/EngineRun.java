package dev.dealgraph.bench;

import java.util.List;

import dev.dealgraph.paths.engine.PathQuery;
import dev.dealgraph.paths.engine.PathResult;
import dev.dealgraph.paths.engine.PathSearch;
import dev.dealgraph.paths.engine.RankedPath;

/** Our engine over every query, one searcher reused as a service thread would. */
final class EngineRun {

	final Report report;

	final double[][] costs;

	EngineRun(Workload workload, PathSearch search, int k, int maxHops) {
		String hops = (maxHops == PathQuery.UNLIMITED_HOPS) ? "" : ", maxHops=" + maxHops;
		this.report = new Report("engine Yen k=" + k + hops);
		this.report.visitedKnown = true;
		List<Workload.Query> queries = workload.queries;
		this.costs = new double[queries.size()][];
		for (int q = 0; q < queries.size(); q++) {
			Workload.Query query = queries.get(q);
			PathQuery pathQuery = PathQuery.of(new int[] { query.source() }, query.target(), k, maxHops)
				.withFactors(workload.nodeFactors());
			long started = System.nanoTime();
			PathResult result = search.search(pathQuery);
			this.report.add(q, System.nanoTime() - started);
			this.report.visited += result.stats().nodesLabelled();
			this.costs[q] = result.paths().stream().mapToDouble(RankedPath::cost).toArray();
		}
	}

	static void warmUp(Workload workload, PathSearch search) {
		for (int round = 0; round < 3; round++) {
			for (Workload.Query query : workload.queries.subList(0, Math.min(40, workload.queries.size()))) {
				search.search(PathQuery.of(new int[] { query.source() }, query.target(), 10, PathQuery.UNLIMITED_HOPS)
					.withFactors(workload.nodeFactors()));
				search.search(PathQuery.of(new int[] { query.source() }, query.target(), 10, 4)
					.withFactors(workload.nodeFactors()));
			}
		}
	}

}
