package dev.dealgraph.paths.engine;

import java.util.Arrays;

/**
 * Lower bounds on the hops from each node to a target: a breadth-first search backward
 * from the target through the nodes a path may pass, kept per query and target. Under a
 * hop limit they stop the hop-indexed search from walking where the target is out of
 * reach. The search stops at the depth asked for or after {@link #CAP} nodes; nodes it
 * did not reach are at least one level deeper than the last level it completed.
 */
final class HopBounds {

	/**
	 * Around a hub the levels grow fast; beyond this the bounds are not worth their cost.
	 */
	static final int CAP = 1 << 16;

	private final Workspace ws;

	/** Per node: the stamp in the high half, the hop distance in the low half. */
	private final long[] distances;

	private int[] queue = new int[1024];

	private int stamp;

	private int query = -1;

	private int target = -1;

	private int complete = -1;

	private int asked = -1;

	HopBounds(Workspace ws) {
		this.ws = ws;
		this.distances = new long[ws.graph.nodeCount()];
	}

	/**
	 * Makes {@link #toTarget} answer for {@code target}, exact up to {@code depth} hops.
	 */
	void prepare(int target, int depth) {
		if (this.query == this.ws.query() && this.target == target && this.asked >= depth) {
			return;
		}
		if (this.stamp == Integer.MAX_VALUE) {
			Arrays.fill(this.distances, 0);
			this.stamp = 0;
		}
		this.stamp++;
		this.query = this.ws.query();
		this.target = target;
		this.asked = depth;
		this.complete = bfs(target, depth);
	}

	private int bfs(int target, int depth) {
		Workspace w = this.ws;
		int head = 0;
		int tail = 0;
		this.queue[tail++] = target;
		mark(target, 0);
		int level = 0;
		while (head < tail && level < depth) {
			int levelEnd = tail;
			while (head < levelEnd) {
				int node = this.queue[head++];
				int[] bounds = w.in[node >>> PathGraph.CHUNK_BITS];
				int slot = (node & PathGraph.CHUNK_MASK) << 1;
				for (int i = bounds[slot], end = bounds[slot + 1]; i < end; i++) {
					int tail2 = w.inSources[i];
					if (known(tail2) || tail2 == target || w.nodeCost(tail2) < 0) {
						continue;
					}
					if (tail == CAP) {
						return level;
					}
					if (tail == this.queue.length) {
						this.queue = Arrays.copyOf(this.queue, tail * 2);
					}
					this.queue[tail++] = tail2;
					mark(tail2, level + 1);
				}
			}
			level++;
		}
		return (head < tail) ? level : Integer.MAX_VALUE / 2;
	}

	/** At most the number of hops from {@code node} to the prepared target. */
	int toTarget(int node) {
		long known = this.distances[node];
		if ((int) (known >>> 32) == this.stamp) {
			return (int) known;
		}
		return this.complete + 1;
	}

	private boolean known(int node) {
		return (int) (this.distances[node] >>> 32) == this.stamp;
	}

	private void mark(int node, int hops) {
		this.distances[node] = ((long) this.stamp << 32) | hops;
	}

}
