package dev.dealgraph.paths.engine;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * The exact best path within a hop budget: A* over (node, hops) states, ordered by (cost
 * + lower bound, hops), with the preceding bidirectional search's backward distances as
 * lower bounds (exact where settled, elsewhere the least label the backward half left
 * unsettled, kept or dropped, which keeps them consistent). A state is dropped when the
 * same node was reached in fewer hops at no more cost. Walks are searched, but a best
 * walk under (cost, hops) never repeats a node.
 * <p>
 * The search prunes against a limit that starts at the ceiling and drops to the cost of
 * any walk to the target it comes across: the target labelled, or a node whose bound is
 * exact and whose backward path is open in this search and within the budget. Such a
 * walk, its loops cut out, is a path at least as good, so the answer costs no more and
 * every state on it keeps a key within the limit; ties stay in.
 * <p>
 * Most scanned arcs fail that test, so it reads as little as it can: each node's cost and
 * bound are worked out once per guiding backward half and kept side by side in one table,
 * and a node the backward half never settled is rejected against the floor by a cached
 * bitset, before its table entry or factor is read. A state is only pushed again with a
 * smaller (key, hops), so its first entry to surface is current and the rest are skipped
 * as done.
 * <p>
 * One file on purpose: the scan loop reads the state table, the bound cache and the heap
 * as fields of this one object, and splitting them into collaborators would put a call
 * and a pointer chase on every arc of the hottest loop in the engine.
 */
final class HopLimitedSearch {

	private final Workspace ws;

	private final MinHeap heap = new MinHeap();

	/** Per node: the spur stamp in the high half, its newest state in the low half. */
	private long[] heads = new long[0];

	private int[] node = new int[256];

	private int[] hops = new int[256];

	private long[] cost = new long[256];

	private int[] pred = new int[256];

	private int[] arcOf = new int[256];

	private int[] sameNode = new int[256];

	private boolean[] done = new boolean[256];

	private int count;

	/**
	 * Per node, pairs of longs: the guide's stamp in the high half and the node's cost
	 * (or -1 when it may not be passed) in the low half, then that cost plus the node's
	 * lower bound to the target ({@link #UNREACHABLE} when it may not be passed). One
	 * cache line serves the test most arcs fail.
	 */
	private long[] lowers = new long[0];

	private int lowerStamp;

	/**
	 * One bit per node, set where the guide's bound is exact: small enough to stay in
	 * cache, it rejects arcs whose head can only have the floor before the table is read.
	 */
	private long[] exact = new long[0];

	private long guideVersion = -1;

	private int boundStamp;

	private long floor;

	private int target;

	/** Without a binding hop limit one state per node suffices. */
	private boolean collapse;

	private final HopBounds hopBounds;

	/** A lower bound that no ceiling admits, small enough to add costs to. */
	private static final long UNREACHABLE = Long.MAX_VALUE / 2;

	HopLimitedSearch(Workspace ws) {
		this.ws = ws;
		this.hopBounds = new HopBounds(ws);
	}

	/**
	 * Makes the searches that follow take their lower bounds from the backward half of a
	 * bidirectional search: the labels stamped {@code stamp} of the {@code count} nodes
	 * in {@code settled}, {@code floor} elsewhere. Nothing is done when {@code version}
	 * names the backward half already in use.
	 */
	void guide(long version, int stamp, long floor, int[] settled, int count) {
		Workspace w = this.ws;
		if (this.lowers.length != 2 * w.graph.nodeCount()) {
			this.lowers = new long[2 * w.graph.nodeCount()];
			this.exact = new long[(w.graph.nodeCount() + 63) >>> 6];
		}
		else if (version == this.guideVersion) {
			return;
		}
		if (this.lowerStamp == Integer.MAX_VALUE) {
			Arrays.fill(this.lowers, 0);
			this.lowerStamp = 0;
		}
		this.lowerStamp++;
		this.guideVersion = version;
		this.boundStamp = stamp;
		this.floor = (floor == Workspace.INFINITE) ? UNREACHABLE : floor;
		Arrays.fill(this.exact, 0);
		for (int i = 0; i < count; i++) {
			int v = settled[i];
			this.exact[v >>> 6] |= 1L << v;
			int nodeCost = w.nodeCost(v);
			setLower(v, nodeCost, (nodeCost < 0) ? UNREACHABLE : nodeCost + w.backward.cost(v));
		}
	}

	/**
	 * The best path within {@code budget} hops and {@code ceiling} cost, with the lower
	 * bounds of the last {@link #guide}.
	 */
	@Nullable Path find(int[] starts, int spurNode, int[] forbidden, int target, int budget, long ceiling) {
		Workspace w = this.ws;
		this.target = target;
		this.collapse = budget >= w.graph.nodeCount();
		if (!this.collapse) {
			w.hopLimitedSearches++;
			this.hopBounds.prepare(target, budget - 1);
		}
		if (this.heads.length != w.graph.nodeCount()) {
			this.heads = new long[w.graph.nodeCount()];
		}
		this.count = 0;
		this.heap.clear();
		for (int start : starts) {
			relax(start, 0, 0, 0, -1, -1);
		}
		long[] lowers = this.lowers;
		long[] exact = this.exact;
		long floor = this.floor;
		int lowerStamp = this.lowerStamp;
		long limit = ceiling;
		while (!this.heap.isEmpty()) {
			int state = this.heap.topItem();
			long key = this.heap.topKey();
			this.heap.pop();
			if (key > limit) {
				break;
			}
			if (this.done[state]) {
				continue;
			}
			this.done[state] = true;
			w.settled++;
			int tail = this.node[state];
			int depth = this.hops[state];
			if (tail == target) {
				return path(state);
			}
			if (depth == budget) {
				continue;
			}
			long tailCost = this.cost[state];
			boolean spurTail = tail == spurNode;
			int[] bounds = w.out[tail >>> PathGraph.CHUNK_BITS];
			int slot = (tail & PathGraph.CHUNK_MASK) << 1;
			for (int arc = bounds[slot], end = bounds[slot + 1]; arc < end; arc++) {
				long reach = tailCost + w.costs[arc];
				if (reach > limit) {
					break;
				}
				int next = w.targets[arc];
				if (spurTail && SpurSearch.contains(forbidden, next)) {
					continue;
				}
				if (next == target) {
					relax(next, depth + 1, reach, 0, state, arc);
					limit = reach;
					continue;
				}
				if (reach + floor > limit && (exact[next >>> 6] & (1L << next)) == 0) {
					continue;
				}
				long known = lowers[2 * next];
				int nodeCost;
				long lower;
				if ((int) (known >>> 32) == lowerStamp) {
					nodeCost = (int) known;
					lower = lowers[2 * next + 1];
				}
				else {
					nodeCost = w.nodeCost(next);
					lower = (nodeCost < 0) ? UNREACHABLE : nodeCost + floor;
					setLower(next, nodeCost, lower);
				}
				long bound = reach + lower;
				if (bound > limit || next == w.alsoExcluded || w.isBlocked(next)
						|| (!this.collapse && depth + 1 + this.hopBounds.toTarget(next) > budget)) {
					continue;
				}
				long c = reach + nodeCost;
				relax(next, depth + 1, c, bound - c, state, arc);
				if (bound < limit && reachesTarget(next, depth + 1, budget)) {
					limit = bound;
				}
			}
		}
		return null;
	}

	private void setLower(int v, int nodeCost, long lower) {
		this.lowers[2 * v] = ((long) this.lowerStamp << 32) | (nodeCost & 0xFFFF_FFFFL);
		this.lowers[2 * v + 1] = lower;
	}

	/**
	 * Whether the backward search's path from {@code v}, reached in {@code depth} hops,
	 * to the target is open in this search and within the budget: then the bound of
	 * {@code v} is exact and reaching {@code v} gives a walk of that cost to the target,
	 * so nothing costlier needs to be kept.
	 */
	private boolean reachesTarget(int v, int depth, int budget) {
		Workspace w = this.ws;
		Labels labels = w.backward;
		if (!labels.done(v, this.boundStamp) || depth + labels.hops(v) > budget) {
			return false;
		}
		for (int u = labels.link(v); u != this.target; u = labels.link(u)) {
			if (w.isBlocked(u) || u == w.alsoExcluded) {
				return false;
			}
		}
		return true;
	}

	private void relax(int v, int depth, long c, long lower, int from, int arc) {
		if (this.collapse) {
			relaxSingle(v, depth, c, lower, from, arc);
			return;
		}
		Workspace w = this.ws;
		int existing = -1;
		int first = head(v);
		if (first != NO_STATE) {
			for (int s = first; s >= 0; s = this.sameNode[s]) {
				if (this.hops[s] < depth && this.cost[s] <= c) {
					return;
				}
				if (this.hops[s] == depth) {
					existing = s;
				}
			}
		}
		else {
			first = -1;
		}
		if (existing >= 0) {
			if (this.done[existing] || c > this.cost[existing]
					|| (c == this.cost[existing] && !chainLess(from, this.pred[existing]))) {
				return;
			}
			boolean sameKey = c == this.cost[existing];
			this.cost[existing] = c;
			this.pred[existing] = from;
			this.arcOf[existing] = arc;
			if (!sameKey) {
				this.heap.push(c + lower, depth, existing);
			}
			return;
		}
		int s = newState(v, depth, c, from, arc);
		this.sameNode[s] = first;
		setHead(v, s);
		w.labelled++;
		this.heap.push(c + lower, depth, s);
	}

	private void relaxSingle(int v, int depth, long c, long lower, int from, int arc) {
		Workspace w = this.ws;
		int s = head(v);
		if (s == NO_STATE) {
			s = newState(v, depth, c, from, arc);
			setHead(v, s);
			this.sameNode[s] = -1;
			w.labelled++;
			this.heap.push(c + lower, depth, s);
			return;
		}
		if (this.done[s] || c > this.cost[s] || (c == this.cost[s]
				&& (depth > this.hops[s] || (depth == this.hops[s] && !chainLess(from, this.pred[s]))))) {
			return;
		}
		boolean sameKey = c == this.cost[s] && depth == this.hops[s];
		this.cost[s] = c;
		this.hops[s] = depth;
		this.pred[s] = from;
		this.arcOf[s] = arc;
		if (!sameKey) {
			this.heap.push(c + lower, depth, s);
		}
	}

	private static final int NO_STATE = -2;

	private int head(int v) {
		long known = this.heads[v];
		return ((int) (known >>> 32) == this.ws.spur) ? (int) known : NO_STATE;
	}

	private void setHead(int v, int state) {
		this.heads[v] = ((long) this.ws.spur << 32) | (state & 0xFFFF_FFFFL);
	}

	private int newState(int v, int depth, long c, int from, int arc) {
		if (this.count == this.node.length) {
			int grown = this.count * 2;
			this.node = Arrays.copyOf(this.node, grown);
			this.hops = Arrays.copyOf(this.hops, grown);
			this.cost = Arrays.copyOf(this.cost, grown);
			this.pred = Arrays.copyOf(this.pred, grown);
			this.arcOf = Arrays.copyOf(this.arcOf, grown);
			this.sameNode = Arrays.copyOf(this.sameNode, grown);
			this.done = Arrays.copyOf(this.done, grown);
		}
		int s = this.count++;
		this.node[s] = v;
		this.hops[s] = depth;
		this.cost[s] = c;
		this.pred[s] = from;
		this.arcOf[s] = arc;
		this.done[s] = false;
		return s;
	}

	/**
	 * Whether the state chain ending in {@code a} precedes the one ending in {@code b}.
	 */
	private boolean chainLess(int a, int b) {
		int lastA = a;
		int lastB = b;
		while (a != b) {
			lastA = this.node[a];
			lastB = this.node[b];
			a = this.pred[a];
			b = this.pred[b];
		}
		return lastA < lastB;
	}

	private Path path(int state) {
		int length = this.hops[state];
		int[] nodes = new int[length + 1];
		int[] arcs = new int[length];
		for (int s = state, i = length; s >= 0; s = this.pred[s], i--) {
			nodes[i] = this.node[s];
			if (i > 0) {
				arcs[i - 1] = this.arcOf[s];
			}
		}
		return new Path(nodes, arcs, this.cost[state], 0);
	}

}
