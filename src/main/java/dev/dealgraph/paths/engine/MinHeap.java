package dev.dealgraph.paths.engine;

import java.util.Arrays;

/**
 * A binary min-heap of (key, hops, item) ordered by key then hops. Entries are never
 * decreased in place: callers push again and skip stale entries when they surface. Each
 * entry is two adjacent longs, the key and then the hops over the item, so moving or
 * comparing one touches one cache line rather than one per field: the heaps of a large
 * search outgrow the cache.
 */
final class MinHeap {

	private long[] entries = new long[128];

	private int size;

	void clear() {
		this.size = 0;
	}

	boolean isEmpty() {
		return this.size == 0;
	}

	int size() {
		return this.size;
	}

	long topKey() {
		return this.entries[0];
	}

	int topHops() {
		return (int) (this.entries[1] >>> 32);
	}

	int topItem() {
		return (int) this.entries[1];
	}

	void push(long key, int hop, int item) {
		if (2 * this.size == this.entries.length) {
			this.entries = Arrays.copyOf(this.entries, 4 * this.size);
		}
		long[] e = this.entries;
		long rest = ((long) hop << 32) | (item & 0xFFFF_FFFFL);
		int i = this.size++;
		while (i > 0) {
			int parent = (i - 1) >>> 1;
			if (!less(key, rest, e[2 * parent], e[2 * parent + 1])) {
				break;
			}
			e[2 * i] = e[2 * parent];
			e[2 * i + 1] = e[2 * parent + 1];
			i = parent;
		}
		e[2 * i] = key;
		e[2 * i + 1] = rest;
	}

	void pop() {
		int last = --this.size;
		if (last == 0) {
			return;
		}
		long[] e = this.entries;
		long key = e[2 * last];
		long rest = e[2 * last + 1];
		int i = 0;
		while (true) {
			int child = 2 * i + 1;
			if (child >= last) {
				break;
			}
			if (child + 1 < last && less(e[2 * child + 2], e[2 * child + 3], e[2 * child], e[2 * child + 1])) {
				child++;
			}
			if (!less(e[2 * child], e[2 * child + 1], key, rest)) {
				break;
			}
			e[2 * i] = e[2 * child];
			e[2 * i + 1] = e[2 * child + 1];
			i = child;
		}
		e[2 * i] = key;
		e[2 * i + 1] = rest;
	}

	/** Orders by key, then hops: the high half of {@code rest}, never negative. */
	private static boolean less(long key, long rest, long otherKey, long otherRest) {
		return key < otherKey || (key == otherKey && (rest >>> 32) < (otherRest >>> 32));
	}

}
