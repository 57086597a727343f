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
		long weaker = ONE - Float.floatToIntBits(strength);
		this.packed[this.cursor[from]++] = ((long) to << 32) | (weaker << 2) | kind.code();
	}

	PathGraph toGraph(String[] ids) {
		int[] offsets = new int[this.n + 1];
		int[] targets = new int[this.packed.length];
		float[] strengths = new float[this.packed.length];
		byte[] kinds = new byte[this.packed.length];
		int kept = 0;
		for (int v = 0; v < this.n; v++) {
			Arrays.sort(this.packed, this.start[v], this.start[v + 1]);
			int first = kept;
			int previous = -1;
			for (int i = this.start[v]; i < this.start[v + 1]; i++) {
				long arc = this.packed[i];
				int to = (int) (arc >>> 32);
				if (to != previous) {
					previous = to;
					this.packed[this.start[v] + kept - first] = ((arc & 0xFFFF_FFFFL) << 31) | to;
					kept++;
				}
			}
			Arrays.sort(this.packed, this.start[v], this.start[v] + kept - first);
			for (int i = 0; i < kept - first; i++) {
				long arc = this.packed[this.start[v] + i];
				targets[first + i] = (int) (arc & Integer.MAX_VALUE);
				strengths[first + i] = Float.intBitsToFloat(ONE - (int) (arc >>> 33));
				kinds[first + i] = (byte) ((arc >>> 31) & 3);
			}
			offsets[v + 1] = kept;
		}
		this.packed = new long[0];
		targets = Arrays.copyOf(targets, kept);
		strengths = Arrays.copyOf(strengths, kept);
		kinds = Arrays.copyOf(kinds, kept);
		int[] inOffsets = new int[this.n + 1];
		for (int arc = 0; arc < kept; arc++) {
			inOffsets[targets[arc] + 1]++;
		}
		for (int v = 0; v < this.n; v++) {
			inOffsets[v + 1] += inOffsets[v];
		}
		int[] inCursor = Arrays.copyOf(inOffsets, this.n);
		int[] inSources = new int[kept];
		int[] inArcs = new int[kept];
		for (int v = 0; v < this.n; v++) {
			for (int arc = offsets[v]; arc < offsets[v + 1]; arc++) {
				int slot = inCursor[targets[arc]]++;
				inSources[slot] = v;
				inArcs[slot] = arc;
			}
		}
		return new PathGraph(ids, offsets, targets, strengths, kinds, inOffsets, inSources, inArcs);
	}

}
