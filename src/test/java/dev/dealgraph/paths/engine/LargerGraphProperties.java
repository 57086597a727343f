package dev.dealgraph.paths.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On graphs too big for brute force, with hubs and without a hop limit, the engine's
 * costs equal JGraphT's Yen on the same weighted digraph: each arc weighs its cost plus
 * its head's factor cost, opponents removed, the target's factor taken off at the end.
 */
class LargerGraphProperties {

	private static final int CASES = 150;

	/** One generated graph and query, named so that its seed replays it. */
	record Case(long seed, int nodes, int k) {

		@Override
		public String toString() {
			return String.format("seed %s, %d people, k %d", Seeds.hex(this.seed), this.nodes, this.k);
		}

	}

	/** 30 to 300 nodes, the smallest first; k from 1 to 12. */
	static Stream<Case> graphs() {
		return Seeds.cases("graphs", CASES,
				(i, seed) -> new Case(seed, Seeds.ramp(i, CASES, 30, 300), new SplittableRandom(seed).nextInt(1, 13)));
	}

	@SeededTest
	@MethodSource("graphs")
	void costsEqualJGraphTYen(Case c) {
		int nodes = c.nodes();
		int k = c.k();
		Random random = new Random(c.seed());
		PathGraphBuilder builder = PathGraph.builder(0.9f, 0.6f);
		for (int i = 0; i < nodes; i++) {
			builder.node(String.format("n%03d", i));
		}
		for (int i = 0; i < 3 * nodes; i++) {
			int a = hubbish(random, nodes);
			int b = random.nextInt(nodes);
			float strength = 0.05f + 0.95f * random.nextFloat();
			switch (random.nextInt(10)) {
				case 0 -> builder.influences(a, b, strength);
				case 1 -> builder.reportsTo(a, b);
				default -> builder.knows(a, b, strength);
			}
		}
		PathGraph graph = builder.build();
		float[] factors = new float[nodes];
		for (int v = 0; v < nodes; v++) {
			factors[v] = (random.nextInt(20) == 0) ? 0f : 0.3f + 0.7f * random.nextFloat();
		}
		int source = random.nextInt(nodes);
		int target = random.nextInt(nodes);
		PathQuery query = PathQuery.of(new int[] { source }, target, k, PathQuery.UNLIMITED_HOPS)
			.withFactors(NodeFactors.of(factors));

		double[] engine = new PathSearch(graph).search(query).paths().stream().mapToDouble(RankedPath::cost).toArray();

		assertThat(engine).containsExactly(jgraphtYen(graph, factors, source, target, k));
	}

	private static int hubbish(Random random, int nodes) {
		return (random.nextInt(4) == 0) ? random.nextInt(Math.max(1, nodes / 30)) : random.nextInt(nodes);
	}

	private static double[] jgraphtYen(PathGraph graph, float[] factors, int source, int target, int k) {
		if (source == target) {
			return new double[0];
		}
		Graph<Integer, DefaultWeightedEdge> folded = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
		for (int v = 0; v < graph.nodeCount(); v++) {
			folded.addVertex(v);
		}
		for (int v = 0; v < graph.nodeCount(); v++) {
			for (int arc = graph.firstArc(v); arc < graph.endArc(v); arc++) {
				int head = graph.target(arc);
				if (head == source || blocked(factors, v, source, target) || blocked(factors, head, source, target)) {
					continue;
				}
				long cost = graph.cost(arc) + ((head == target) ? 0 : Costs.of(factors[head]));
				folded.setEdgeWeight(folded.addEdge(v, head), Costs.nepers(cost));
			}
		}
		List<Double> costs = new ArrayList<>();
		for (GraphPath<Integer, DefaultWeightedEdge> path : new YenKShortestPath<>(folded).getPaths(source, target,
				k)) {
			costs.add(path.getWeight());
		}
		return costs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
	}

	private static boolean blocked(float[] factors, int node, int source, int target) {
		return node != source && node != target && factors[node] == 0f;
	}

}
