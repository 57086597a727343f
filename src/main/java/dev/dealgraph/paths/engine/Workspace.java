package dev.dealgraph.paths.engine;

import java.util.Arrays;

/**
 * Scratch state of one searcher, sized to the graph once and reused: node labels of both
 * search directions ({@link Labels}, each node's fields side by side), stamped with a
 * generation so a new spur search starts clean without clearing O(n) arrays. Per query:
 * each node's factor cost, cached, and the excluded nodes.
 */
final class Workspace {

	static final long INFINITE = Long.MAX_VALUE / 4;

	private static final int BLOCKED = -1;

	private static final long STAMP = 0xFFFF_FFFFL;

	final PathGraph graph;

	final int[] targets;

	final int[] costs;

	/** Per chunk of nodes, each node's first and end arc side by side. */
	final int[][] out;

	/** Per chunk of nodes, each node's first and end incoming entry. */
	final int[][] in;

	final int[] inSources;

	final int[] inArcs;

	private NodeFactors factors = NodeFactors.constant(1f);

	/**
	 * Per node, two longs read together: the query stamp over the node's cost or BLOCKED,
	 * then the stamps of the spur that blocked it and of the spur that started from it.
	 */
	private final long[] marks;

	private final int[] excludedStamp;

	private int query;

	/** One node besides the query's exclusions that the running search may not enter. */
	int alsoExcluded = -1;

	int spur;

	/** Forward labels: cost from the starts, predecessor. */
	final Labels forward;

	/** Backward labels: cost to the target, successor. */
	final Labels backward;

	long settled;

	long labelled;

	int spurSearches;

	int hopLimitedSearches;

	Workspace(PathGraph graph) {
		this.graph = graph;
		this.targets = graph.targets();
		this.costs = graph.costs();
		this.out = graph.out();
		this.in = graph.in();
		this.inSources = graph.inSources();
		this.inArcs = graph.inArcs();
		int n = graph.nodeCount();
		this.marks = new long[2 * n];
		this.excludedStamp = new int[n];
		this.forward = new Labels(n);
		this.backward = new Labels(n);
	}

	void beginQuery(NodeFactors nodeFactors) {
		this.factors = nodeFactors;
		if (this.query == Integer.MAX_VALUE) {
			for (int i = 0; i < this.marks.length; i += 2) {
				this.marks[i] = 0;
			}
			Arrays.fill(this.excludedStamp, 0);
			this.query = 0;
		}
		this.query++;
		this.alsoExcluded = -1;
		this.settled = 0;
		this.labelled = 0;
		this.spurSearches = 0;
		this.hopLimitedSearches = 0;
	}

	void exclude(int node) {
		this.excludedStamp[node] = this.query;
		this.marks[2 * node] = ((long) this.query << 32) | (BLOCKED & STAMP);
	}

	boolean isExcluded(int node) {
		return this.excludedStamp[node] == this.query;
	}

	/**
	 * The cost of passing through {@code node}, or -1 when its factor is 0 or it is
	 * excluded.
	 */
	int nodeCost(int node) {
		long known = this.marks[2 * node];
		if ((int) (known >>> 32) == this.query) {
			return (int) known;
		}
		float factor = this.factors.factor(node);
		if (!(factor >= 0f && factor <= 1f)) {
			throw new IllegalArgumentException("factor of node " + node + " must be in [0, 1], was " + factor);
		}
		int cost = (factor == 0f) ? BLOCKED : Costs.of(factor);
		this.marks[2 * node] = ((long) this.query << 32) | (cost & STAMP);
		return cost;
	}

	int query() {
		return this.query;
	}

	/** Starts a spur search; blocks and starts marked before it are forgotten. */
	void beginSpur() {
		if (this.spur == Integer.MAX_VALUE) {
			for (int i = 1; i < this.marks.length; i += 2) {
				this.marks[i] = 0;
			}
			this.forward.clear();
			this.backward.clear();
			this.spur = 0;
		}
		this.spur++;
	}

	void block(int node) {
		int i = 2 * node + 1;
		this.marks[i] = ((long) this.spur << 32) | (this.marks[i] & STAMP);
	}

	void markStart(int node) {
		int i = 2 * node + 1;
		this.marks[i] = (this.marks[i] & ~STAMP) | (this.spur & STAMP);
	}

	boolean isStart(int node) {
		return (int) this.marks[2 * node + 1] == this.spur;
	}

	boolean isBlocked(int node) {
		return (int) (this.marks[2 * node + 1] >>> 32) == this.spur;
	}

	/** Whether a path of the running search may pass through {@code node}. */
	boolean mayPass(int node) {
		return node != this.alsoExcluded && !isBlocked(node) && nodeCost(node) != BLOCKED;
	}

	SearchStats stats(long elapsedNanos) {
		return new SearchStats(this.settled, this.labelled, this.spurSearches, this.hopLimitedSearches, elapsedNanos);
	}

}
