package dev.dealgraph.bench;

import java.util.ArrayList;
import java.util.List;

import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BidirectionalDijkstraShortestPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.alg.util.Triple;
import org.jgrapht.opt.graph.sparse.SparseIntDirectedWeightedGraph;

/** JGraphT 1.5.2 on its compact sparse digraph built from the folded arcs. */
final class JGraphTMethods {

	final Report load = new Report("JGraphT graph load");

	private final Graph<Integer, Integer> graph;

	private final Workload workload;

	JGraphTMethods(Workload workload) {
		this.workload = workload;
		long heapBefore = Heap.used();
		long started = System.nanoTime();
		int n = workload.graph.nodeCount();
		List<Triple<Integer, Integer, Double>> arcs = new ArrayList<>();
		for (int v = 0; v < n; v++) {
			for (int arc = workload.graph.firstArc(v); arc < workload.graph.endArc(v); arc++) {
				double weight = workload.foldedWeight(v, arc);
				if (!Double.isNaN(weight)) {
					arcs.add(Triple.of(v, workload.graph.target(arc), weight));
				}
			}
		}
		this.graph = new SparseIntDirectedWeightedGraph(n, arcs);
		arcs = null;
		this.load.buildNanos = System.nanoTime() - started;
		this.load.heapBytes = Heap.used() - heapBefore;
	}

	double[] bidirectionalDijkstra(Workload.Query query) {
		GraphPath<Integer, Integer> path = new BidirectionalDijkstraShortestPath<>(this.graph).getPath(query.source(),
				query.target());
		return (path == null) ? new double[0]
				: new double[] { path.getWeight() - this.workload.targetCorrection(query.target()) };
	}

	double[] yen(Workload.Query query, int k) {
		double correction = this.workload.targetCorrection(query.target());
		return new YenKShortestPath<>(this.graph).getPaths(query.source(), query.target(), k)
			.stream()
			.mapToDouble((path) -> path.getWeight() - correction)
			.sorted()
			.toArray();
	}

}
