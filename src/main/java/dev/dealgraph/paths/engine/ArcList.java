package dev.dealgraph.paths.engine;

import java.util.Arrays;

/**
 * Arcs on their way into CSR form without an object per arc: counted per source, then
 * placed straight into their source's slice as one long each (target, then strength
 * descending, then kind), so sorting each slice puts the arc to keep first among parallel
 * ones. The kept arcs are then re-sorted strongest first, so a search can stop scanning a
 * node's arcs once they get too costly. The backward index is a counting sort by target.
 */
final class ArcList {

	private static final int ONE = Float.floatToIntBits(1f);

	private final int n;

	private final int[] start;

	private int[] cursor = new int[0];

	private long[] packed = new long[0];

	ArcList(int n) {
		this.n = n;
		this.start = new int[n + 1];
	}

	void count(int from) {
		this.start[from + 1]++;
	}

	/** Ends counting: every counted arc must then be placed. */
	void allocate() {
		for (int v = 0; v < this.n; v++) {
			this.start[v + 1] += this.start[v];
		}
		this.cursor = Arrays.copyOf(this.start, this.n);
		this.packed = new long[this.start[this.n]];
	}

	void place(int from, int to, float strength, ArcKind kind) {
		this.packed[this.cursor[from]++] = pack(to, strength, kind.code());
	}

	PathGraph toGraph(String[] ids) {
		int[] offsets = new int[this.n + 1];
		int[] targets = new int[this.packed.length];
		float[] strengths = new float[this.packed.length];
		byte[] kinds = new byte[this.packed.length];
		int kept = 0;
		for (int v = 0; v < this.n; v++) {
			int count = finishSlice(this.packed, this.start[v], this.start[v + 1]);
			unpack(this.packed, this.start[v], count, targets, strengths, kinds, kept);
			kept += count;
			offsets[v + 1] = kept;
		}
		this.packed = new long[0];
		int capacity = kept + ArcStore.slack(kept);
		targets = Arrays.copyOf(targets, capacity);
		strengths = Arrays.copyOf(strengths, capacity);
		kinds = Arrays.copyOf(kinds, capacity);
		int[] costs = new int[capacity];
		for (int arc = 0; arc < kept; arc++) {
			costs[arc] = Costs.of(strengths[arc]);
		}
		return withBackwardIndex(ids, offsets, targets, strengths, kinds, costs);
	}

	/** One arc as {@link #place} packs it. */
	static long pack(int to, float strength, byte kind) {
		long weaker = ONE - Float.floatToIntBits(strength);
		return ((long) to << 32) | (weaker << 2) | kind;
	}

	/**
	 * Sorts one source's packed arcs in place, keeps the first of each run to the same
	 * target and sorts the kept ones strongest first, then by kind and target; returns
	 * how many were kept, now at {@code from} in their final order, repacked for
	 * {@link #unpack}.
	 */
	static int finishSlice(long[] packed, int from, int to) {
		Arrays.sort(packed, from, to);
		int kept = 0;
		int previous = -1;
		for (int i = from; i < to; i++) {
			long arc = packed[i];
			int head = (int) (arc >>> 32);
			if (head != previous) {
				previous = head;
				packed[from + kept] = ((arc & 0xFFFF_FFFFL) << 31) | head;
				kept++;
			}
		}
		Arrays.sort(packed, from, from + kept);
		return kept;
	}

	/** Writes {@code count} finished arcs from {@code packed[from]} on at {@code at}. */
	static void unpack(long[] packed, int from, int count, int[] targets, float[] strengths, byte[] kinds, int at) {
		for (int i = 0; i < count; i++) {
			long arc = packed[from + i];
			targets[at + i] = (int) (arc & Integer.MAX_VALUE);
			strengths[at + i] = Float.intBitsToFloat(ONE - (int) (arc >>> 33));
			kinds[at + i] = (byte) ((arc >>> 31) & 3);
		}
	}

	/**
	 * The graph over these forward arcs, with its backward index built by target; the
	 * arrays may be longer than the {@code offsets[n]} arcs they hold.
	 */
	static PathGraph withBackwardIndex(String[] ids, int[] offsets, int[] targets, float[] strengths, byte[] kinds,
			int[] costs) {
		int n = ids.length;
		int arcs = offsets[n];
		int[] inOffsets = new int[n + 1];
		for (int arc = 0; arc < arcs; arc++) {
			inOffsets[targets[arc] + 1]++;
		}
		for (int v = 0; v < n; v++) {
			inOffsets[v + 1] += inOffsets[v];
		}
		int[] inCursor = Arrays.copyOf(inOffsets, n);
		int[] inSources = new int[targets.length];
		int[] inArcs = new int[targets.length];
		for (int v = 0; v < n; v++) {
			for (int arc = offsets[v]; arc < offsets[v + 1]; arc++) {
				int slot = inCursor[targets[arc]]++;
				inSources[slot] = v;
				inArcs[slot] = arc;
			}
		}
		return PathGraph.ofCsr(ids, offsets, targets, strengths, kinds, costs, inOffsets, inSources, inArcs);
	}

}
