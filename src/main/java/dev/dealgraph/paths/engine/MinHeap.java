package dev.dealgraph.paths.engine;

import java.util.Arrays;

/**
 * A binary min-heap of (key, hops, item) ordered by key then hops. Entries are never
 * decreased in place: callers push again and skip stale entries when they surface.
 */
final class MinHeap {

	private long[] keys = new long[64];

	private int[] hops = new int[64];

	private int[] items = new int[64];

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
		return this.keys[0];
	}

	int topHops() {
		return this.hops[0];
	}

	int topItem() {
		return this.items[0];
	}

	void push(long key, int hop, int item) {
		if (this.size == this.keys.length) {
			this.keys = Arrays.copyOf(this.keys, this.size * 2);
			this.hops = Arrays.copyOf(this.hops, this.size * 2);
			this.items = Arrays.copyOf(this.items, this.size * 2);
		}
		int i = this.size++;
		while (i > 0) {
			int parent = (i - 1) >>> 1;
			if (!less(key, hop, this.keys[parent], this.hops[parent])) {
				break;
			}
			move(parent, i);
			i = parent;
		}
		set(i, key, hop, item);
	}

	void pop() {
		int last = --this.size;
		if (last == 0) {
			return;
		}
		long key = this.keys[last];
		int hop = this.hops[last];
		int item = this.items[last];
		int i = 0;
		while (true) {
			int child = 2 * i + 1;
			if (child >= last) {
				break;
			}
			if (child + 1 < last
					&& less(this.keys[child + 1], this.hops[child + 1], this.keys[child], this.hops[child])) {
				child++;
			}
			if (!less(this.keys[child], this.hops[child], key, hop)) {
				break;
			}
			move(child, i);
			i = child;
		}
		set(i, key, hop, item);
	}

	private static boolean less(long key, int hop, long otherKey, int otherHop) {
		return key < otherKey || (key == otherKey && hop < otherHop);
	}

	private void move(int from, int to) {
		this.keys[to] = this.keys[from];
		this.hops[to] = this.hops[from];
		this.items[to] = this.items[from];
	}

	private void set(int i, long key, int hop, int item) {
		this.keys[i] = key;
		this.hops[i] = hop;
		this.items[i] = item;
	}

}
