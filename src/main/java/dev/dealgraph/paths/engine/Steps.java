package dev.dealgraph.paths.engine;

import java.util.Arrays;

/**
 * A step function over {@code 0..size-1}: where kept arcs or nodes moved. Every clean
 * source's slice moves by one amount, and that amount only changes around changed, added
 * or removed nodes; node numbers likewise only shift around added and removed ones. So
 * there are few steps, and a bucket table finds the step of most numbers without a search
 * and without touching node-sized arrays.
 */
final class Steps {

	/** The delta of numbers that must never be looked up. */
	static final int GAP = Integer.MIN_VALUE;

	private static final int BUCKET_BITS = 10;

	private int[] starts = new int[16];

	private int[] deltas = new int[16];

	private int count;

	private int current = GAP + 1;

	/** Per 1,024 numbers: the one step they all lie in, or -1. */
	private int[] buckets = new int[0];

	/** Numbers from {@code start} on move by {@code delta}, until the next step. */
	void from(int start, int delta) {
		if (delta == this.current) {
			return;
		}
		if (this.count == this.starts.length) {
			this.starts = Arrays.copyOf(this.starts, this.count * 2);
			this.deltas = Arrays.copyOf(this.deltas, this.count * 2);
		}
		this.starts[this.count] = start;
		this.deltas[this.count] = delta;
		this.count++;
		this.current = delta;
	}

	Steps index(int size) {
		from(size, GAP);
		this.buckets = new int[(size >>> BUCKET_BITS) + 1];
		int step = 0;
		for (int b = 0; b < this.buckets.length; b++) {
			int first = b << BUCKET_BITS;
			int last = first + (1 << BUCKET_BITS) - 1;
			while (step + 1 < this.count && this.starts[step + 1] <= first) {
				step++;
			}
			this.buckets[b] = (step + 1 < this.count && this.starts[step + 1] <= last) ? -1 : step;
		}
		return this;
	}

	/** Where {@code number} moved. */
	int moved(int number) {
		int step = this.buckets[number >>> BUCKET_BITS];
		if (step < 0) {
			int low = 0;
			int high = this.count - 1;
			while (low < high) {
				int middle = (low + high + 1) >>> 1;
				if (this.starts[middle] <= number) {
					low = middle;
				}
				else {
					high = middle - 1;
				}
			}
			step = low;
		}
		int delta = this.deltas[step];
		if (delta == GAP) {
			throw new IllegalStateException(number + " was changed or removed; it has no new number");
		}
		return number + delta;
	}

	/** Where the nodes that remain moved; removed ones have no new number. */
	static Steps ofNodes(int[] map) {
		Steps steps = new Steps();
		for (int v = 0; v < map.length; v++) {
			steps.from(v, (map[v] < 0) ? GAP : map[v] - v);
		}
		return steps.index(map.length);
	}

	/** Where the arcs of clean sources moved; arcs of dirty or removed ones have none. */
	static Steps ofArcs(int[] oldOffsets, int[] offsets, int[] map, boolean[] dirty) {
		Steps steps = new Steps();
		for (int v = 0; v < map.length; v++) {
			if (oldOffsets[v] != oldOffsets[v + 1]) {
				int source = map[v];
				steps.from(oldOffsets[v], (source < 0 || dirty[source]) ? GAP : offsets[source] - oldOffsets[v]);
			}
		}
		return steps.index(oldOffsets[map.length]);
	}

}
