package dev.dealgraph.paths;

import java.util.Arrays;

import dev.dealgraph.paths.engine.PathGraph;
import org.jspecify.annotations.Nullable;

/**
 * The best score from any source to every node within a hop limit, in one sweep: a
 * Bellman-Ford over hop layers, each layer relaxing only from the nodes the previous one
 * improved, with the labels a layer starts from kept apart from those it writes. Factors
 * are at most 1, so removing a cycle never lowers a score: the best walk found is a best
 * loopless path, with the same score the engine's k=1 answer has (ties between equal
 * scores may pick another path). Scratch arrays the size of the graph are kept per thread
 * and reset only where a sweep wrote.
 */
final class ReachTree {

	private static final ThreadLocal<Scratch> SCRATCH = new ThreadLocal<>();

	private ReachTree() {
	}

	/** Labels by node: score, hops, source and first node after it; frontier lists. */
	private static final class Scratch {

		final double[] score;

		final int[] hops;

		final int[] source;

		final int[] first;

		final boolean[] queued;

		final int[] touched;

		int touchedCount;

		int[] frontier = new int[64];

		double[] frontierScore = new double[64];

		int[] frontierHops = new int[64];

		int[] frontierSource = new int[64];

		int[] frontierFirst = new int[64];

		Scratch(int n) {
			this.score = new double[n];
			this.hops = new int[n];
			this.source = new int[n];
			this.first = new int[n];
			this.queued = new boolean[n];
			this.touched = new int[n];
			Arrays.fill(this.score, -1);
		}

		void reset() {
			for (int i = 0; i < this.touchedCount; i++) {
				this.score[this.touched[i]] = -1;
			}
			this.touchedCount = 0;
		}

		void set(int node, double score, int hops, int source, int first) {
			if (this.score[node] < 0) {
				this.touched[this.touchedCount++] = node;
			}
			this.score[node] = score;
			this.hops[node] = hops;
			this.source[node] = source;
			this.first[node] = first;
		}

		/** Copies the current labels of {@code nodes} into the frontier lists. */
		int capture(int[] nodes, int count) {
			if (this.frontier.length < count) {
				int size = Math.max(count, this.frontier.length * 2);
				this.frontier = new int[size];
				this.frontierScore = new double[size];
				this.frontierHops = new int[size];
				this.frontierSource = new int[size];
				this.frontierFirst = new int[size];
			}
			for (int i = 0; i < count; i++) {
				int node = nodes[i];
				this.frontier[i] = node;
				this.frontierScore[i] = this.score[node];
				this.frontierHops[i] = this.hops[node];
				this.frontierSource[i] = this.source[node];
				this.frontierFirst[i] = this.first[node];
				this.queued[node] = false;
			}
			return count;
		}

	}

	/** The reach of each of {@code targets} (graph nodes), null where out of reach. */
	static Reach[] from(PathGraph graph, int[] sources, float[] factors, int maxHops, int[] targets) {
		return from(graph, sources, factors, maxHops, targets, null);
	}

	/**
	 * The reach of each of {@code targets}, with every arc at the strength it has left
	 * after age when {@code aging} is given.
	 */
	static Reach[] from(PathGraph graph, int[] sources, float[] factors, int maxHops, int[] targets,
			@Nullable Aging aging) {
		int n = graph.nodeCount();
		Scratch s = SCRATCH.get();
		if (s == null || s.score.length != n) {
			s = new Scratch(n);
			SCRATCH.set(s);
		}
		try {
			sweep(graph, sources, factors, maxHops, aging, s);
			Reach[] reach = new Reach[targets.length];
			for (int t = 0; t < targets.length; t++) {
				int node = targets[t];
				if (node >= 0 && s.score[node] >= 0 && s.hops[node] > 0) {
					reach[t] = new Reach(s.score[node], s.hops[node], graph.id(s.source[node]),
							graph.id(s.first[node]));
				}
			}
			return reach;
		}
		finally {
			s.reset();
		}
	}

	private static void sweep(PathGraph graph, int[] sources, float[] factors, int maxHops, @Nullable Aging aging,
			Scratch s) {
		int[] improved = new int[Math.max(16, sources.length)];
		int improvedCount = 0;
		for (int source : sources) {
			if (s.score[source] < 0) {
				s.set(source, 1.0, 0, source, -1);
				improved[improvedCount++] = source;
			}
		}
		for (int hop = 1; hop <= maxHops && improvedCount > 0; hop++) {
			int count = s.capture(improved, improvedCount);
			improvedCount = 0;
			for (int i = 0; i < count; i++) {
				int node = s.frontier[i];
				boolean start = s.frontierHops[i] == 0;
				double carried = s.frontierScore[i] * (start ? 1f : factors[node]);
				if (carried <= 0) {
					continue;
				}
				for (int arc = graph.firstArc(node); arc < graph.endArc(node); arc++) {
					int next = graph.target(arc);
					double score = carried * ((aging != null) ? aging.strength(node, arc, graph) : graph.strength(arc));
					if (s.score[next] >= score || (s.score[next] >= 0 && s.hops[next] == 0)) {
						continue;
					}
					s.set(next, score, hop, s.frontierSource[i], start ? next : s.frontierFirst[i]);
					if (!s.queued[next]) {
						s.queued[next] = true;
						if (improvedCount == improved.length) {
							improved = Arrays.copyOf(improved, improved.length * 2);
						}
						improved[improvedCount++] = next;
					}
				}
			}
		}
		for (int i = 0; i < improvedCount; i++) {
			s.queued[improved[i]] = false;
		}
	}

}
