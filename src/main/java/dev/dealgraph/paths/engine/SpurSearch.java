package dev.dealgraph.paths.engine;

import java.util.Arrays;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * The best path from a set of start nodes to the target in the graph left after Yen's
 * blocking: a bidirectional Dijkstra, ordered by (cost, hops, node sequence). When its
 * answer breaks the hop budget, {@link HopLimitedSearch} takes over, reusing the backward
 * distances as its lower bounds; a plain Dijkstra is not exact under a hop limit.
 * <p>
 * Forward labels include the factor of the labelled node, backward labels exclude it, so
 * a meeting over arc x→y costs {@code f(x) + arc + factor(y) + b(y)}. Stopping once the
 * two queue minima, as (cost, hops) pairs, sum to more than the best meeting (strictly,
 * to see every tie) is exact: a path not yet met has a node settled by neither side, so
 * it is no better than that sum. Labels break ties by hops, then by node sequence, so the
 * best path is met through labels that are themselves best. Only the forward side prunes
 * arcs that cannot beat the best meeting; the backward labels stay exact distances for
 * later use as bounds. While meetings are collected, a backward label costing more than
 * the collected bound is not kept: no path through that node can be among the paths asked
 * for, and the least such label still caps the floor left for guided searches.
 * <p>
 * One file on purpose: both halves of the search, the meeting test and the pruning share
 * the labels, heaps and bounds as fields of this one object inside the per-arc loop;
 * split into classes, each arc would pay for calls and indirections the JIT does not
 * always remove.
 */
final class SpurSearch {

	private final Workspace ws;

	private final MinHeap forward = new MinHeap();

	private final MinHeap backward = new MinHeap();

	private final HopLimitedSearch hopLimited;

	private int spurNode;

	private int[] forbidden = new int[0];

	private int target;

	private long bestCost;

	private long ceiling;

	private int bestHops;

	private int bestTail;

	private int bestArc;

	private int bestHead;

	private int lastStamp = -1;

	private boolean extending;

	private @Nullable TreeSet<Path> collected;

	private int collectCount;

	private int collectBudget;

	private long collectedBound = Workspace.INFINITE;

	private long lastFloor;

	/** The least backward label not kept for costing more than the collected bound. */
	private long dropped;

	/** The nodes the backward half has settled, in order. */
	private int[] backwardSettled = new int[256];

	private int backwardCount;

	/** Changes whenever the backward half does. */
	private long backwardVersion;

	SpurSearch(Workspace ws) {
		this.ws = ws;
		this.hopLimited = new HopLimitedSearch(ws);
	}

	/**
	 * The best path from any start to {@code target} with at most {@code budget} hops and
	 * a cost of at most {@code ceiling}, whose first arc from {@code spurNode} (or -1)
	 * does not lead to a {@code forbidden} node. The caller has begun the spur, marked
	 * the starts and blocked the root.
	 */
	@Nullable Path find(int[] starts, int spurNode, int[] forbidden, int target, int budget, long ceiling) {
		Workspace w = this.ws;
		w.spurSearches++;
		this.spurNode = spurNode;
		this.forbidden = forbidden;
		this.target = target;
		this.ceiling = ceiling;
		this.bestCost = Workspace.INFINITE;
		this.forward.clear();
		this.backward.clear();
		this.backwardCount = 0;
		this.backwardVersion++;
		this.dropped = Workspace.INFINITE;
		int spur = w.spur;
		for (int start : starts) {
			label(w.forward, start, spur);
		}
		label(w.backward, target, spur);
		settledBackward(target);
		scanBackward(target);
		for (int start : starts) {
			scanForward(start);
		}
		while (true) {
			long topForward = top(this.forward, w.forward);
			long topBackward = top(this.backward, w.backward);
			if (topForward == Workspace.INFINITE || topBackward == Workspace.INFINITE) {
				break;
			}
			long bound = topForward + topBackward;
			if (bound > this.bestCost
					|| (bound == this.bestCost && this.forward.topHops() + this.backward.topHops() > this.bestHops)) {
				break;
			}
			if (this.forward.size() <= this.backward.size()) {
				int node = this.forward.topItem();
				this.forward.pop();
				w.forward.settle(node, spur);
				w.settled++;
				scanForward(node);
			}
			else {
				int node = this.backward.topItem();
				this.backward.pop();
				w.backward.settle(node, spur);
				w.settled++;
				settledBackward(node);
				scanBackward(node);
			}
		}
		this.lastStamp = spur;
		this.lastFloor = Math.min(top(this.backward, w.backward), this.dropped);
		if (this.bestCost == Workspace.INFINITE || this.bestCost > ceiling) {
			return null;
		}
		Path best = meeting(this.bestTail, this.bestArc, this.bestHead);
		if (best.hops() <= budget) {
			return best;
		}
		guideHopLimited();
		return this.hopLimited.find(starts, spurNode, forbidden, target, budget, ceiling);
	}

	/**
	 * Like {@link #find}, for a subgraph of the graph the last {@link #find} ran on, to
	 * the same target: a forward A* guided by that search's backward half.
	 */
	@Nullable Path findGuided(int[] starts, int spurNode, int[] forbidden, int target, int budget, long ceiling) {
		this.ws.spurSearches++;
		guideHopLimited();
		return this.hopLimited.find(starts, spurNode, forbidden, target, budget, ceiling);
	}

	private void guideHopLimited() {
		this.hopLimited.guide(this.backwardVersion, this.lastStamp, this.lastFloor, this.backwardSettled,
				this.backwardCount);
	}

	private void settledBackward(int node) {
		if (this.backwardCount == this.backwardSettled.length) {
			this.backwardSettled = Arrays.copyOf(this.backwardSettled, this.backwardCount * 2);
		}
		this.backwardSettled[this.backwardCount++] = node;
	}

	/**
	 * Settles up to {@code count} more nodes in the backward half of the last
	 * {@link #find}, before any other search begins, raising the lower bounds it leaves
	 * for {@link #findGuided}.
	 */
	void extendBackward(long count) {
		Workspace w = this.ws;
		this.extending = true;
		this.backwardVersion++;
		for (long i = 0; i < count; i++) {
			if (top(this.backward, w.backward) == Workspace.INFINITE) {
				break;
			}
			int node = this.backward.topItem();
			this.backward.pop();
			w.backward.settle(node, w.spur);
			w.settled++;
			settledBackward(node);
			scanBackward(node);
		}
		this.extending = false;
		this.lastFloor = Math.min(top(this.backward, w.backward), this.dropped);
	}

	/**
	 * Makes the next {@link #find} and {@link #extendBackward} keep the {@code count}
	 * best loopless paths of at most {@code budget} hops among all the meetings they see.
	 */
	void collectMeetings(int count, int budget) {
		this.collected = new TreeSet<>(Path.ORDER);
		this.collectCount = count;
		this.collectBudget = budget;
		this.collectedBound = Workspace.INFINITE;
	}

	/**
	 * The cost of the last of the collected paths once there are as many as asked for,
	 * else INFINITE: no path costlier than that can be among that many best. Stops
	 * collecting.
	 */
	long collectedBound() {
		long bound = this.collectedBound;
		this.collected = null;
		this.collectedBound = Workspace.INFINITE;
		return bound;
	}

	private void collect(Path path) {
		TreeSet<Path> paths = this.collected;
		if (paths == null || path.hops() > this.collectBudget || !loopless(path.nodes) || !paths.add(path)) {
			return;
		}
		if (paths.size() > this.collectCount) {
			paths.pollLast();
		}
		if (paths.size() == this.collectCount) {
			this.collectedBound = paths.last().cost;
		}
	}

	private static boolean loopless(int[] nodes) {
		for (int i = 1; i < nodes.length; i++) {
			for (int j = 0; j < i; j++) {
				if (nodes[i] == nodes[j]) {
					return false;
				}
			}
		}
		return true;
	}

	private void label(Labels labels, int node, int spur) {
		labels.see(node, spur);
		labels.settle(node, spur);
		labels.set(node, 0, 0, -1, -1);
		this.ws.labelled++;
		this.ws.settled++;
	}

	private void scanForward(int tail) {
		Workspace w = this.ws;
		int spur = w.spur;
		Labels labels = w.forward;
		Labels back = w.backward;
		long tailCost = labels.cost(tail);
		int hops = labels.hops(tail) + 1;
		boolean spurTail = tail == this.spurNode;
		long limit = Math.min(this.bestCost, this.ceiling);
		int[] bounds = w.out[tail >>> PathGraph.CHUNK_BITS];
		int slot = (tail & PathGraph.CHUNK_MASK) << 1;
		for (int arc = bounds[slot], end = bounds[slot + 1]; arc < end; arc++) {
			if (tailCost + w.costs[arc] > limit) {
				break;
			}
			int head = w.targets[arc];
			if (spurTail && contains(this.forbidden, head)) {
				continue;
			}
			if (head == this.target) {
				offer(tailCost + w.costs[arc], hops, tail, arc, head);
				continue;
			}
			if (!w.mayPass(head)) {
				continue;
			}
			long cost = tailCost + w.costs[arc] + w.nodeCost(head);
			if (back.done(head, spur)) {
				offer(cost + back.cost(head), hops + back.hops(head), tail, arc, head);
			}
			if (labels.done(head, spur)) {
				continue;
			}
			boolean fresh = !labels.seen(head, spur);
			if (fresh) {
				labels.see(head, spur);
				w.labelled++;
			}
			else if (cost > labels.cost(head) || (cost == labels.cost(head) && (hops > labels.hops(head)
					|| (hops == labels.hops(head) && !forwardChainLess(tail, labels.link(head)))))) {
				continue;
			}
			boolean sameKey = !fresh && cost == labels.cost(head) && hops == labels.hops(head);
			labels.set(head, cost, hops, tail, arc);
			if (!sameKey) {
				this.forward.push(cost, hops, head);
			}
		}
	}

	private void scanBackward(int head) {
		Workspace w = this.ws;
		int spur = w.spur;
		Labels labels = w.backward;
		long headCost = labels.cost(head) + ((head == this.target) ? 0 : w.nodeCost(head));
		int hops = labels.hops(head) + 1;
		boolean forbiddenHead = contains(this.forbidden, head);
		int[] bounds = w.in[head >>> PathGraph.CHUNK_BITS];
		int slot = (head & PathGraph.CHUNK_MASK) << 1;
		for (int i = bounds[slot], end = bounds[slot + 1]; i < end; i++) {
			int tail = w.inSources[i];
			int arc = w.inArcs[i];
			if (tail == this.spurNode && forbiddenHead) {
				continue;
			}
			long cost = headCost + w.costs[arc];
			if (cost > this.collectedBound) {
				this.dropped = Math.min(this.dropped, cost);
				continue;
			}
			if (w.isStart(tail)) {
				offer(cost, hops, tail, arc, head);
				continue;
			}
			if (tail == this.target || !w.mayPass(tail)) {
				continue;
			}
			if (w.forward.done(tail, spur)) {
				offer(w.forward.cost(tail) + cost, w.forward.hops(tail) + hops, tail, arc, head);
			}
			if (labels.done(tail, spur)) {
				continue;
			}
			boolean fresh = !labels.seen(tail, spur);
			if (fresh) {
				labels.see(tail, spur);
				w.labelled++;
			}
			else if (cost > labels.cost(tail) || (cost == labels.cost(tail)
					&& (hops > labels.hops(tail) || (hops == labels.hops(tail) && head > labels.link(tail))))) {
				continue;
			}
			boolean sameKey = !fresh && cost == labels.cost(tail) && hops == labels.hops(tail);
			labels.set(tail, cost, hops, head, arc);
			if (!sameKey) {
				this.backward.push(cost, hops, tail);
			}
		}
	}

	private void offer(long cost, int hops, int tail, int arc, int head) {
		if (this.collected != null && cost <= this.collectedBound) {
			collect(meeting(tail, arc, head));
		}
		if (this.extending) {
			return;
		}
		if (cost < this.bestCost
				|| (cost == this.bestCost && (hops < this.bestHops || (hops == this.bestHops && Path.ORDER
					.compare(meeting(tail, arc, head), meeting(this.bestTail, this.bestArc, this.bestHead)) < 0)))) {
			this.bestCost = cost;
			this.bestHops = hops;
			this.bestTail = tail;
			this.bestArc = arc;
			this.bestHead = head;
		}
	}

	/**
	 * Whether the forward path to {@code a} precedes the one to {@code b}, of equal hops.
	 */
	private boolean forwardChainLess(int a, int b) {
		Labels labels = this.ws.forward;
		int lastA = a;
		int lastB = b;
		while (a != b) {
			lastA = a;
			lastB = b;
			a = labels.link(a);
			b = labels.link(b);
		}
		return lastA < lastB;
	}

	private Path meeting(int tail, int arc, int head) {
		Workspace w = this.ws;
		int front = w.forward.hops(tail);
		int hops = front + 1 + w.backward.hops(head);
		int[] nodes = new int[hops + 1];
		int[] arcs = new int[hops];
		for (int v = tail, i = front; i >= 0; v = w.forward.link(v), i--) {
			nodes[i] = v;
			if (i > 0) {
				arcs[i - 1] = w.forward.arc(v);
			}
		}
		arcs[front] = arc;
		for (int v = head, i = front + 1; i <= hops; v = w.backward.link(v), i++) {
			nodes[i] = v;
			if (i < hops) {
				arcs[i] = w.backward.arc(v);
			}
		}
		long cost = w.forward.cost(tail) + w.costs[arc] + w.backward.cost(head)
				+ ((head == this.target) ? 0 : w.nodeCost(head));
		return new Path(nodes, arcs, cost, 0);
	}

	/** The key of the heap's first live entry, dropping stale ones, or INFINITE. */
	private long top(MinHeap heap, Labels labels) {
		int spur = this.ws.spur;
		while (!heap.isEmpty()) {
			int node = heap.topItem();
			if (!labels.done(node, spur) && labels.cost(node) == heap.topKey() && labels.hops(node) == heap.topHops()) {
				return heap.topKey();
			}
			heap.pop();
		}
		return Workspace.INFINITE;
	}

	static boolean contains(int[] nodes, int node) {
		for (int candidate : nodes) {
			if (candidate == node) {
				return true;
			}
		}
		return false;
	}

}
