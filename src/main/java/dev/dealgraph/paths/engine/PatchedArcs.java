package dev.dealgraph.paths.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The forward arcs of a patched graph. A node is touched when the patch names it or adds
 * it, and dirty when it is touched or has an arc to or from a touched node: only dirty
 * nodes get their slice made anew, out of their kept old arcs and the given ties, and
 * finished like a fresh build. A dirty slice that comes out as it was is clean after all.
 * Runs of clean slices are copied in one go.
 */
final class PatchedArcs {

	final boolean[] touched;

	/** Final once built: the nodes whose slice differs from the old one. */
	final boolean[] dirty;

	final int[] offsets;

	final int[] targets;

	final float[] strengths;

	final byte[] kinds;

	final int[] costs;

	/**
	 * The arcs of dirty slices by target, as {source, arc}, for the backward index; only
	 * when the old graph is compact.
	 */
	final Map<Integer, List<long[]>> intoDirty = new HashMap<>();

	private final Renumbering numbers;

	private final Map<Integer, long[]> given = new HashMap<>();

	private final Map<Integer, Integer> givenCount = new HashMap<>();

	private final Map<Integer, long[]> finished = new HashMap<>();

	PatchedArcs(Renumbering numbers, GivenTies ties, float reportsToUp, float reportsToDown) {
		this.numbers = numbers;
		int n = numbers.nodeCount();
		this.touched = new boolean[n];
		this.dirty = new boolean[n];
		this.offsets = new int[n + 1];
		markTouched();
		placeGiven(ties, reportsToUp, reportsToDown);
		finishSlices();
		int arcs = this.offsets[n] + ArcStore.slack(this.offsets[n]);
		this.targets = new int[arcs];
		this.strengths = new float[arcs];
		this.kinds = new byte[arcs];
		this.costs = new int[arcs];
		fill();
	}

	/** Touched nodes, and the nodes with arcs into a touched old node, are dirty. */
	private void markTouched() {
		PathGraph old = this.numbers.old;
		int[] map = this.numbers.map;
		for (int at : this.numbers.addedAt) {
			this.touched[at] = true;
			this.dirty[at] = true;
		}
		for (int v = 0; v < map.length; v++) {
			if (this.numbers.touchedOld[v]) {
				if (map[v] >= 0) {
					this.touched[map[v]] = true;
					this.dirty[map[v]] = true;
				}
				for (int i = old.firstInArc(v); i < old.endInArc(v); i++) {
					int source = map[old.inSource(i)];
					if (source >= 0) {
						this.dirty[source] = true;
					}
				}
			}
		}
	}

	/** The given ties at touched nodes as packed arcs, grouped by their new source. */
	private void placeGiven(GivenTies ties, float reportsToUp, float reportsToDown) {
		int[] endNode = ties.endNodes(this.numbers);
		for (int t = 0; t < ties.count; t++) {
			int a = endNode[ties.from[t]];
			int b = endNode[ties.to[t]];
			if (a < 0 || b < 0 || !(this.touched[a] || this.touched[b])) {
				continue;
			}
			float s = ties.strength[t];
			switch (ties.type[t]) {
				case GivenTies.KNOWS -> {
					give(a, ArcList.pack(b, s, ArcKind.KNOWS.code()));
					give(b, ArcList.pack(a, s, ArcKind.KNOWS.code()));
				}
				case GivenTies.INFLUENCES -> give(a, ArcList.pack(b, s, ArcKind.INFLUENCES.code()));
				default -> {
					give(a, ArcList.pack(b, reportsToUp, ArcKind.REPORTS_TO_UP.code()));
					give(b, ArcList.pack(a, reportsToDown, ArcKind.REPORTS_TO_DOWN.code()));
				}
			}
			this.dirty[a] = true;
			this.dirty[b] = true;
		}
	}

	private void give(int source, long arc) {
		long[] list = this.given.computeIfAbsent(source, (key) -> new long[4]);
		int count = this.givenCount.getOrDefault(source, 0);
		if (count == list.length) {
			list = Arrays.copyOf(list, count * 2);
			this.given.put(source, list);
		}
		list[count] = arc;
		this.givenCount.put(source, count + 1);
	}

	/**
	 * Each dirty node's slice: the given arcs, plus its old arcs to untouched nodes
	 * unless it is touched itself; sets the offsets of all slices.
	 */
	private void finishSlices() {
		PathGraph old = this.numbers.old;
		for (int v = 0; v < this.dirty.length; v++) {
			int from = this.numbers.newToOld[v];
			int count;
			if (!this.dirty[v]) {
				count = old.endArc(from) - old.firstArc(from);
			}
			else {
				long[] own = this.given.getOrDefault(v, new long[0]);
				int kept = this.givenCount.getOrDefault(v, 0);
				long[] slice;
				if (from >= 0 && !this.touched[v]) {
					slice = Arrays.copyOf(own, kept + old.endArc(from) - old.firstArc(from));
					for (int arc = old.firstArc(from); arc < old.endArc(from); arc++) {
						int head = old.target(arc);
						if (!this.numbers.touchedOld[head]) {
							slice[kept++] = ArcList.pack(this.numbers.map[head], old.strength(arc), old.kindCode(arc));
						}
					}
				}
				else {
					slice = Arrays.copyOf(own, kept);
				}
				count = ArcList.finishSlice(slice, 0, kept);
				if (from >= 0 && sameAsBefore(slice, count, from)) {
					this.dirty[v] = false;
				}
				else {
					this.finished.put(v, slice);
				}
			}
			this.offsets[v + 1] = this.offsets[v] + count;
		}
	}

	/**
	 * Whether a finished slice holds exactly the old slice of {@code from}, renumbered:
	 * then the node is clean after all and its arcs keep their order.
	 */
	private boolean sameAsBefore(long[] slice, int count, int from) {
		PathGraph old = this.numbers.old;
		int first = old.firstArc(from);
		if (count != old.endArc(from) - first) {
			return false;
		}
		int[] heads = new int[count];
		float[] weights = new float[count];
		byte[] codes = new byte[count];
		ArcList.unpack(slice, 0, count, heads, weights, codes, 0);
		for (int i = 0; i < count; i++) {
			int arc = first + i;
			if (heads[i] != this.numbers.map[old.target(arc)] || weights[i] != old.strength(arc)
					|| codes[i] != old.kindCode(arc)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The arc arrays: dirty slices unpacked, runs of clean ones copied and renumbered.
	 */
	private void fill() {
		PathGraph old = this.numbers.old;
		int[] newToOld = this.numbers.newToOld;
		int[] oldTargets = old.targets();
		int n = this.dirty.length;
		for (int v = 0; v < n;) {
			if (this.dirty[v]) {
				int at = this.offsets[v];
				int count = this.offsets[v + 1] - at;
				ArcList.unpack(this.finished.get(v), 0, count, this.targets, this.strengths, this.kinds, at);
				for (int arc = at; arc < at + count; arc++) {
					this.costs[arc] = Costs.of(this.strengths[arc]);
					if (!old.isCompact()) {
						continue;
					}
					this.intoDirty.computeIfAbsent(this.targets[arc], (h) -> new ArrayList<>())
						.add(new long[] { v, arc });
				}
				v++;
				continue;
			}
			// a run of clean nodes, consecutive before as well, slices included
			int end = v + 1;
			while (end < n && !this.dirty[end] && newToOld[end] == newToOld[end - 1] + 1
					&& old.firstArc(newToOld[end]) == old.endArc(newToOld[end - 1])) {
				end++;
			}
			int from = old.firstArc(newToOld[v]);
			int count = old.endArc(newToOld[end - 1]) - from;
			int at = this.offsets[v];
			if (this.numbers.identity) {
				System.arraycopy(oldTargets, from, this.targets, at, count);
			}
			else {
				for (int i = 0; i < count; i++) {
					this.targets[at + i] = this.numbers.nodes.moved(oldTargets[from + i]);
				}
			}
			System.arraycopy(old.strengths(), from, this.strengths, at, count);
			System.arraycopy(old.kinds(), from, this.kinds, at, count);
			System.arraycopy(old.costs(), from, this.costs, at, count);
			v = end;
		}
	}

}
