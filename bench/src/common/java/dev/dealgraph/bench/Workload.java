package dev.dealgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.dealgraph.paths.engine.Costs;
import dev.dealgraph.paths.engine.NodeFactors;
import dev.dealgraph.paths.engine.PathGraph;
import dev.dealgraph.paths.engine.PathGraphBuilder;

/**
 * The synthetic graph as every method sees it: the engine's {@link PathGraph} with
 * per-node factors, and the same thing as one weighted digraph for the libraries that
 * know no node weights: arcs touching opponents dropped, each arc weighing its own cost
 * plus its head's factor cost (in nepers, multiples of 2^-24, so every summation order is
 * exact). A path's cost there is its weight sum minus the target's factor cost.
 */
final class Workload {

	enum Kind {

		SAME_COMMUNITY, ACROSS_COMMUNITIES, HUB_TARGET, UNREACHABLE

	}

	record Query(int source, int target, Kind kind) {
	}

	final SyntheticGraph synthetic;

	final PathGraph graph;

	final long graphBuildNanos;

	final long graphHeapBytes;

	/** Bytes the build allocated (builder, sorting and the graph itself). */
	final long graphBuildBytes;

	final float[] factors;

	final List<Query> queries;

	Workload(int size, int queryCount, long seed) {
		this.synthetic = new SyntheticGraph(size, seed);
		long heapBefore = Heap.used();
		long allocatedBefore = Allocation.ofThisThread();
		long started = System.nanoTime();
		PathGraphBuilder builder = PathGraph.builder(SyntheticGraph.UP, SyntheticGraph.DOWN);
		SyntheticGraph s = this.synthetic;
		for (String id : s.ids) {
			builder.node(id);
		}
		for (int i = 0; i < s.tieCount; i++) {
			switch (s.tieType[i]) {
				case 0 -> builder.knows(s.tieFrom[i], s.tieTo[i], s.tieStrength[i]);
				case 1 -> builder.influences(s.tieFrom[i], s.tieTo[i], s.tieStrength[i]);
				default -> builder.reportsTo(s.tieFrom[i], s.tieTo[i]);
			}
		}
		this.graph = builder.build();
		this.graphBuildNanos = System.nanoTime() - started;
		this.graphBuildBytes = Allocation.ofThisThread() - allocatedBefore;
		builder = null;
		this.graphHeapBytes = Heap.used() - heapBefore;
		int[] node = new int[size];
		this.factors = new float[size];
		for (int i = 0; i < size; i++) {
			node[i] = this.graph.indexOf(s.ids[i]);
			this.factors[node[i]] = s.factor[i];
		}
		this.queries = pickQueries(node, queryCount, new SplittableRandom(seed ^ 0x5DEECE66DL));
	}

	NodeFactors nodeFactors() {
		return NodeFactors.of(this.factors);
	}

	boolean excluded(int node) {
		return this.factors[node] == 0f;
	}

	/** The weight of arc {@code arc} in the folded digraph, or NaN when it is dropped. */
	double foldedWeight(int tail, int arc) {
		int head = this.graph.target(arc);
		if (excluded(tail) || excluded(head)) {
			return Double.NaN;
		}
		return Costs.nepers((long) this.graph.cost(arc) + Costs.of(this.factors[head]));
	}

	double targetCorrection(int target) {
		return Costs.nepers(Costs.of(this.factors[target]));
	}

	private List<Query> pickQueries(int[] node, int count, SplittableRandom random) {
		SyntheticGraph s = this.synthetic;
		int[] hubs = hubs(s);
		List<Query> picked = new ArrayList<>();
		while (picked.size() < count) {
			Kind kind = Kind.values()[picked.size() % 4];
			int a = person(s, random, 0, s.islandStart);
			int c = s.community[a];
			int b = switch (kind) {
				case SAME_COMMUNITY -> person(s, random, s.communityStart[c], s.communityStart[c + 1]);
				case ACROSS_COMMUNITIES -> person(s, random, 0, s.islandStart);
				case HUB_TARGET -> hubs[random.nextInt(hubs.length)];
				case UNREACHABLE -> person(s, random, s.islandStart, s.size);
			};
			if (b < 0 || a == b || (kind == Kind.ACROSS_COMMUNITIES && s.community[b] == c)) {
				continue;
			}
			picked.add(new Query(node[a], node[b], kind));
		}
		return picked;
	}

	private static int person(SyntheticGraph s, SplittableRandom random, int from, int to) {
		for (int attempt = 0; attempt < 100; attempt++) {
			int p = from + random.nextInt(to - from);
			if (!s.isOpponent(p)) {
				return p;
			}
		}
		return -1;
	}

	private static int[] hubs(SyntheticGraph s) {
		double[] sorted = s.weight.clone();
		java.util.Arrays.sort(sorted);
		double threshold = sorted[(int) (sorted.length * 0.999)];
		return java.util.stream.IntStream.range(0, s.islandStart)
			.filter((p) -> s.weight[p] >= threshold && !s.isOpponent(p))
			.toArray();
	}

}
