package dev.dealgraph.paths.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A new {@link PathGraph} made from an old one and what changed since, without reading
 * everything again: the caller names each touched individual (still there, or removed)
 * and gives every tie a touched individual now has. All arcs at touched nodes are
 * replaced by those ties; every other node keeps its arcs, copied. The result equals a
 * graph built from scratch out of the same people and ties, node numbers included (new
 * ids take their place in id order, so numbers after them shift).
 * <p>
 * A tie whose other end the old graph does not know and the patch does not add is left
 * out: the change that created that end is a later one, and names both ends again. Not
 * thread-safe; use once.
 */
public final class PathGraphPatch {

	private static final byte KNOWS = 0;

	private static final byte INFLUENCES = 1;

	private static final byte REPORTS_TO = 2;

	private final PathGraph base;

	private final float reportsToUp;

	private final float reportsToDown;

	private final Set<String> present = new LinkedHashSet<>();

	private final Set<String> removed = new LinkedHashSet<>();

	private final Map<String, Integer> handles = new HashMap<>();

	private String[] tieEnds = new String[16];

	private int[] tieFrom = new int[8];

	private int[] tieTo = new int[8];

	private float[] tieStrength = new float[8];

	private byte[] tieType = new byte[8];

	private int ties;

	private int[] oldToNew = new int[0];

	private boolean applied;

	PathGraphPatch(PathGraph base, float reportsToUp, float reportsToDown) {
		Costs.of(reportsToUp);
		Costs.of(reportsToDown);
		this.base = base;
		this.reportsToUp = reportsToUp;
		this.reportsToDown = reportsToDown;
	}

	/** An individual that exists now and whose ties are all given to this patch. */
	public PathGraphPatch node(String id) {
		this.removed.remove(id);
		this.present.add(id);
		return this;
	}

	/** An individual that no longer exists. */
	public PathGraphPatch remove(String id) {
		this.present.remove(id);
		this.removed.add(id);
		return this;
	}

	public PathGraphPatch knows(String a, String b, float strength) {
		Costs.of(strength);
		return tie(a, b, strength, KNOWS);
	}

	public PathGraphPatch influences(String from, String to, float strength) {
		Costs.of(strength);
		return tie(from, to, strength, INFLUENCES);
	}

	public PathGraphPatch reportsTo(String subordinate, String manager) {
		return tie(subordinate, manager, 1f, REPORTS_TO);
	}

	private PathGraphPatch tie(String a, String b, float strength, byte type) {
		if (this.applied) {
			throw new IllegalStateException("this patch has already been applied");
		}
		if (a.equals(b)) {
			return this;
		}
		if (this.ties == this.tieFrom.length) {
			int grown = this.ties * 2;
			this.tieFrom = Arrays.copyOf(this.tieFrom, grown);
			this.tieTo = Arrays.copyOf(this.tieTo, grown);
			this.tieStrength = Arrays.copyOf(this.tieStrength, grown);
			this.tieType = Arrays.copyOf(this.tieType, grown);
		}
		this.tieFrom[this.ties] = handle(a);
		this.tieTo[this.ties] = handle(b);
		this.tieStrength[this.ties] = strength;
		this.tieType[this.ties] = type;
		this.ties++;
		return this;
	}

	private int handle(String id) {
		Integer known = this.handles.get(id);
		if (known != null) {
			return known;
		}
		int next = this.handles.size();
		if (next == this.tieEnds.length) {
			this.tieEnds = Arrays.copyOf(this.tieEnds, next * 2);
		}
		this.tieEnds[next] = id;
		this.handles.put(id, next);
		return next;
	}

	/** Builds the patched graph; the patch is spent afterwards. */
	public PathGraph apply() {
		if (this.applied) {
			throw new IllegalStateException("this patch has already been applied");
		}
		this.applied = true;
		PathGraph old = this.base;
		String[] oldIds = old.ids();
		int oldN = oldIds.length;
		boolean[] touchedOld = new boolean[oldN];
		boolean[] removedOld = new boolean[oldN];
		int removedCount = 0;
		for (String id : this.removed) {
			int node = old.indexOf(id);
			if (node >= 0) {
				touchedOld[node] = true;
				removedOld[node] = true;
				removedCount++;
			}
		}
		String[] added = this.present.stream().filter((id) -> old.indexOf(id) < 0).sorted().toArray(String[]::new);
		for (String id : this.present) {
			int node = old.indexOf(id);
			if (node >= 0) {
				touchedOld[node] = true;
			}
		}

		int n = oldN - removedCount + added.length;
		String[] ids = new String[n];
		int[] map = new int[oldN];
		int[] addedAt = new int[added.length];
		int next = 0;
		for (int v = 0, a = 0; v < oldN || a < added.length;) {
			if (a < added.length && (v == oldN || added[a].compareTo(oldIds[v]) < 0)) {
				addedAt[a] = next;
				ids[next++] = added[a++];
			}
			else {
				if (removedOld[v]) {
					map[v] = -1;
				}
				else {
					map[v] = next;
					ids[next++] = oldIds[v];
				}
				v++;
			}
		}
		this.oldToNew = map;
		boolean identity = removedCount == 0 && added.length == 0;

		boolean[] touched = new boolean[n];
		boolean[] dirty = new boolean[n];
		for (int a = 0; a < added.length; a++) {
			touched[addedAt[a]] = true;
			dirty[addedAt[a]] = true;
		}
		for (int v = 0; v < oldN; v++) {
			if (touchedOld[v]) {
				if (map[v] >= 0) {
					touched[map[v]] = true;
					dirty[map[v]] = true;
				}
				for (int i = old.firstInArc(v); i < old.endInArc(v); i++) {
					int source = map[old.inSource(i)];
					if (source >= 0) {
						dirty[source] = true;
					}
				}
			}
		}

		// the given ties as packed arcs, grouped by their new source
		int[] endNode = new int[this.handles.size()];
		for (int h = 0; h < endNode.length; h++) {
			String id = this.tieEnds[h];
			int node = old.indexOf(id);
			if (node >= 0) {
				endNode[h] = map[node];
			}
			else {
				int a = Arrays.binarySearch(added, id);
				endNode[h] = (a >= 0) ? addedAt[a] : -1;
			}
		}
		Map<Integer, long[]> fresh = new HashMap<>();
		Map<Integer, Integer> freshCount = new HashMap<>();
		for (int t = 0; t < this.ties; t++) {
			int a = endNode[this.tieFrom[t]];
			int b = endNode[this.tieTo[t]];
			if (a < 0 || b < 0 || !(touched[a] || touched[b])) {
				continue;
			}
			float s = this.tieStrength[t];
			switch (this.tieType[t]) {
				case KNOWS -> {
					add(fresh, freshCount, a, ArcList.pack(b, s, ArcKind.KNOWS.code()));
					add(fresh, freshCount, b, ArcList.pack(a, s, ArcKind.KNOWS.code()));
				}
				case INFLUENCES -> add(fresh, freshCount, a, ArcList.pack(b, s, ArcKind.INFLUENCES.code()));
				default -> {
					add(fresh, freshCount, a, ArcList.pack(b, this.reportsToUp, ArcKind.REPORTS_TO_UP.code()));
					add(fresh, freshCount, b, ArcList.pack(a, this.reportsToDown, ArcKind.REPORTS_TO_DOWN.code()));
				}
			}
			dirty[a] = true;
			dirty[b] = true;
		}

		// dirty nodes: kept old arcs plus the given ones, finished like a fresh build
		int[] newToOld = new int[n];
		Arrays.fill(newToOld, -1);
		for (int v = 0; v < oldN; v++) {
			if (map[v] >= 0) {
				newToOld[map[v]] = v;
			}
		}
		Map<Integer, long[]> finished = new HashMap<>();
		int[] offsets = new int[n + 1];
		for (int v = 0; v < n; v++) {
			int from = newToOld[v];
			int count;
			if (!dirty[v]) {
				count = old.endArc(from) - old.firstArc(from);
			}
			else {
				long[] own = fresh.getOrDefault(v, new long[0]);
				int ownCount = freshCount.getOrDefault(v, 0);
				int kept = 0;
				long[] slice;
				if (from >= 0 && !touched[v]) {
					slice = Arrays.copyOf(own, ownCount + old.endArc(from) - old.firstArc(from));
					kept = ownCount;
					for (int arc = old.firstArc(from); arc < old.endArc(from); arc++) {
						int head = old.target(arc);
						if (!touchedOld[head]) {
							slice[kept++] = ArcList.pack(map[head], old.strength(arc), old.kindCode(arc));
						}
					}
				}
				else {
					slice = Arrays.copyOf(own, ownCount);
					kept = ownCount;
				}
				count = ArcList.finishSlice(slice, 0, kept);
				finished.put(v, slice);
			}
			offsets[v + 1] = offsets[v] + count;
		}

		int arcs = offsets[n];
		int[] targets = new int[arcs];
		float[] strengths = new float[arcs];
		byte[] kinds = new byte[arcs];
		int[] costs = new int[arcs];
		int[] oldTargets = old.targets();
		int[] oldCosts = old.costs();
		for (int v = 0; v < n; v++) {
			int at = offsets[v];
			int count = offsets[v + 1] - at;
			if (dirty[v]) {
				ArcList.unpack(finished.get(v), 0, count, targets, strengths, kinds, at);
				for (int i = at; i < at + count; i++) {
					costs[i] = Costs.of(strengths[i]);
				}
				continue;
			}
			int from = old.firstArc(newToOld[v]);
			if (identity) {
				System.arraycopy(oldTargets, from, targets, at, count);
			}
			else {
				for (int i = 0; i < count; i++) {
					targets[at + i] = map[oldTargets[from + i]];
				}
			}
			System.arraycopy(old.strengths(), from, strengths, at, count);
			System.arraycopy(old.kinds(), from, kinds, at, count);
			System.arraycopy(oldCosts, from, costs, at, count);
		}
		return ArcList.withBackwardIndex(ids, offsets, targets, strengths, kinds, costs);
	}

	/**
	 * After {@link #apply()}: the new number of each old node, or -1 for a removed one.
	 */
	public int[] oldToNew() {
		if (!this.applied) {
			throw new IllegalStateException("the patch has not been applied yet");
		}
		return this.oldToNew;
	}

	private static void add(Map<Integer, long[]> fresh, Map<Integer, Integer> counts, int source, long arc) {
		long[] list = fresh.computeIfAbsent(source, (key) -> new long[4]);
		int count = counts.getOrDefault(source, 0);
		if (count == list.length) {
			list = Arrays.copyOf(list, count * 2);
			fresh.put(source, list);
		}
		list[count] = arc;
		counts.put(source, count + 1);
	}

}
