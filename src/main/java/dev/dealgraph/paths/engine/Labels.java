package dev.dealgraph.paths.engine;

import java.util.Arrays;

/**
 * The node labels of one search direction, stamped with the spur so a new search starts
 * clean without clearing: whether the node was seen and settled, its cost and hops, the
 * neighbour it is reached through (predecessor forward, successor backward) and the arc
 * to it. A search reads several of these per arc it scans, and on a large graph each
 * separate array is a separate cache miss, so a node's fields sit in four adjacent longs:
 * stamps, cost, hops over link, arc. The array starts two longs in so that, after the
 * usual 16-byte array header, every node's four longs share one cache line.
 */
final class Labels {

	private static final long STAMP = 0xFFFF_FFFFL;

	private final long[] slots;

	Labels(int nodeCount) {
		this.slots = new long[4 * nodeCount + 2];
	}

	private static int at(int node) {
		return 4 * node + 2;
	}

	boolean seen(int node, int stamp) {
		return (int) (this.slots[at(node)] >>> 32) == stamp;
	}

	boolean done(int node, int stamp) {
		return (int) this.slots[at(node)] == stamp;
	}

	/** Marks the node seen and not settled; stamps start at 1. */
	void see(int node, int stamp) {
		this.slots[at(node)] = (long) stamp << 32;
	}

	void settle(int node, int stamp) {
		int i = at(node);
		this.slots[i] = (this.slots[i] & ~STAMP) | (stamp & STAMP);
	}

	long cost(int node) {
		return this.slots[at(node) + 1];
	}

	int hops(int node) {
		return (int) (this.slots[at(node) + 2] >>> 32);
	}

	int link(int node) {
		return (int) this.slots[at(node) + 2];
	}

	int arc(int node) {
		return (int) this.slots[at(node) + 3];
	}

	void set(int node, long cost, int hops, int link, int arc) {
		int i = at(node);
		this.slots[i + 1] = cost;
		this.slots[i + 2] = ((long) hops << 32) | (link & STAMP);
		this.slots[i + 3] = arc;
	}

	void clear() {
		Arrays.fill(this.slots, 0);
	}

}
