package dev.dealgraph.paths.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
public final class PathGraphPatch implements TieSink {

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

	@Override
	public PathGraphPatch knows(String a, String b, float strength) {
		Costs.of(strength);
		return tie(a, b, strength, KNOWS);
	}

	@Override
	public PathGraphPatch influences(String from, String to, float strength) {
		Costs.of(strength);
		return tie(from, to, strength, INFLUENCES);
	}

	@Override
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
		boolean identity = removedCount == 0 && added.length == 0;
		String[] ids = identity ? oldIds : new String[n];
		int[] map = new int[oldN];
		int[] addedAt = new int[added.length];
		int[] insertAt = new int[added.length];
		for (int a = 0; a < added.length; a++) {
			insertAt[a] = -Arrays.binarySearch(oldIds, added[a]) - 1;
		}
		int next = 0;
		for (int v = 0, a = 0; v <= oldN;) {
			while (a < added.length && insertAt[a] == v) {
				addedAt[a] = next;
				ids[next++] = added[a++];
			}
			if (v == oldN) {
				break;
			}
			int stop = (a < added.length) ? insertAt[a] : oldN;
			while (v < stop) {
				if (removedOld[v]) {
					map[v++] = -1;
					continue;
				}
				int end = v;
				while (end < stop && !removedOld[end]) {
					end++;
				}
				if (!identity) {
					System.arraycopy(oldIds, v, ids, next, end - v);
				}
				for (int x = v; x < end; x++) {
					map[x] = next++;
				}
				v = end;
			}
		}
		this.oldToNew = map;
		Steps nodes = nodeSteps(map);

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

		// dirty nodes (touched, or tied to a touched one): kept old arcs plus the given
		// ones, finished like a fresh build; one whose slice comes out as it was is clean
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
				if (from >= 0 && sameAsBefore(slice, count, old, from, map)) {
					dirty[v] = false;
				}
				else {
					finished.put(v, slice);
				}
			}
			offsets[v + 1] = offsets[v] + count;
		}

		int arcs = offsets[n];
		int[] targets = new int[arcs];
		float[] strengths = new float[arcs];
		byte[] kinds = new byte[arcs];
		int[] costs = new int[arcs];
		int[] oldTargets = old.targets();
		int[] oldOffsets = old.offsets();
		// the arcs of changed slices by target, for the backward index
		Map<Integer, List<long[]>> intoFromChanged = new HashMap<>();
		for (int v = 0; v < n;) {
			if (dirty[v]) {
				int at = offsets[v];
				int count = offsets[v + 1] - at;
				ArcList.unpack(finished.get(v), 0, count, targets, strengths, kinds, at);
				for (int arc = at; arc < at + count; arc++) {
					costs[arc] = Costs.of(strengths[arc]);
					int head = targets[arc];
					intoFromChanged.computeIfAbsent(head, (h) -> new ArrayList<>()).add(new long[] { v, arc });
				}
				v++;
				continue;
			}
			// a run of clean nodes, consecutive before as well: copied in one go
			int end = v + 1;
			while (end < n && !dirty[end] && newToOld[end] == newToOld[end - 1] + 1) {
				end++;
			}
			int from = oldOffsets[newToOld[v]];
			int count = oldOffsets[newToOld[end - 1] + 1] - from;
			int at = offsets[v];
			if (identity) {
				System.arraycopy(oldTargets, from, targets, at, count);
			}
			else {
				for (int i = 0; i < count; i++) {
					targets[at + i] = nodes.moved(oldTargets[from + i]);
				}
			}
			System.arraycopy(old.strengths(), from, strengths, at, count);
			System.arraycopy(old.kinds(), from, kinds, at, count);
			System.arraycopy(old.costs(), from, costs, at, count);
			v = end;
		}

		// the backward index: lists into nodes that may have gained or lost arcs are made
		// anew, the others are copied with their arc numbers moved
		boolean[] inChanged = new boolean[n];
		for (int a = 0; a < added.length; a++) {
			inChanged[addedAt[a]] = true;
		}
		intoFromChanged.keySet().forEach((head) -> inChanged[head] = true);
		for (int v = 0; v < oldN; v++) {
			if (removedOld[v] || (map[v] >= 0 && dirty[map[v]])) {
				for (int arc = oldOffsets[v]; arc < oldOffsets[v + 1]; arc++) {
					int head = map[oldTargets[arc]];
					if (head >= 0) {
						inChanged[head] = true;
					}
				}
			}
		}
		Steps shift = arcSteps(oldOffsets, offsets, map, dirty);
		int[] oldInOffsets = old.inOffsets();
		int[] oldInSources = old.inSources();
		int[] oldInArcs = old.inArcs();
		Map<Integer, long[]> remade = new HashMap<>();
		int[] inOffsets = new int[n + 1];
		for (int t = 0; t < n; t++) {
			int count;
			if (inChanged[t]) {
				List<long[]> entries = new ArrayList<>(intoFromChanged.getOrDefault(t, List.of()));
				int before = newToOld[t];
				if (before >= 0) {
					for (int i = oldInOffsets[before]; i < oldInOffsets[before + 1]; i++) {
						int source = map[oldInSources[i]];
						if (source >= 0 && !dirty[source]) {
							entries.add(new long[] { source, shift.moved(oldInArcs[i]) });
						}
					}
				}
				entries.sort((a, b) -> Long.compare(a[0], b[0]));
				long[] list = new long[entries.size()];
				for (int i = 0; i < list.length; i++) {
					list[i] = (entries.get(i)[0] << 32) | entries.get(i)[1];
				}
				remade.put(t, list);
				count = list.length;
			}
			else {
				count = oldInOffsets[newToOld[t] + 1] - oldInOffsets[newToOld[t]];
			}
			inOffsets[t + 1] = inOffsets[t] + count;
		}
		int[] inSources = new int[arcs];
		int[] inArcs = new int[arcs];
		for (int t = 0; t < n;) {
			int at = inOffsets[t];
			if (inChanged[t]) {
				long[] list = remade.get(t);
				for (int i = 0; i < list.length; i++) {
					inSources[at + i] = (int) (list[i] >>> 32);
					inArcs[at + i] = (int) list[i];
				}
				t++;
				continue;
			}
			// a run of unchanged lists, consecutive before as well
			int end = t + 1;
			while (end < n && !inChanged[end] && newToOld[end] == newToOld[end - 1] + 1) {
				end++;
			}
			int from = oldInOffsets[newToOld[t]];
			int count = oldInOffsets[newToOld[end - 1] + 1] - from;
			if (identity) {
				System.arraycopy(oldInSources, from, inSources, at, count);
			}
			else {
				for (int i = 0; i < count; i++) {
					inSources[at + i] = nodes.moved(oldInSources[from + i]);
				}
			}
			for (int i = 0; i < count; i++) {
				inArcs[at + i] = shift.moved(oldInArcs[from + i]);
			}
			t = end;
		}
		return new PathGraph(ids, offsets, targets, strengths, kinds, costs, inOffsets, inSources, inArcs);
	}

	/**
	 * A step function over {@code 0..size-1}: where kept arcs or nodes moved. Every clean
	 * source's slice moves by one amount, and that amount only changes around changed,
	 * added or removed nodes; node numbers likewise only shift around added and removed
	 * ones. So there are few steps, and a bucket table finds the step of most numbers
	 * without a search and without touching node-sized arrays.
	 */
	private static final class Steps {

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

	}

	/** Where the arcs of clean sources moved. */
	private static Steps arcSteps(int[] oldOffsets, int[] offsets, int[] map, boolean[] dirty) {
		Steps steps = new Steps();
		for (int v = 0; v < map.length; v++) {
			if (oldOffsets[v] != oldOffsets[v + 1]) {
				int source = map[v];
				steps.from(oldOffsets[v], (source < 0 || dirty[source]) ? Steps.GAP : offsets[source] - oldOffsets[v]);
			}
		}
		return steps.index(oldOffsets[map.length]);
	}

	/** Where the nodes that remain moved. */
	private static Steps nodeSteps(int[] map) {
		Steps steps = new Steps();
		for (int v = 0; v < map.length; v++) {
			steps.from(v, (map[v] < 0) ? Steps.GAP : map[v] - v);
		}
		return steps.index(map.length);
	}

	/**
	 * Whether a finished slice holds exactly the old slice of {@code from}, renumbered:
	 * then the node is clean after all and its arcs keep their order.
	 */
	private static boolean sameAsBefore(long[] slice, int count, PathGraph old, int from, int[] map) {
		int first = old.firstArc(from);
		if (count != old.endArc(from) - first) {
			return false;
		}
		int[] targets = new int[count];
		float[] strengths = new float[count];
		byte[] kinds = new byte[count];
		ArcList.unpack(slice, 0, count, targets, strengths, kinds, 0);
		for (int i = 0; i < count; i++) {
			int arc = first + i;
			if (targets[i] != map[old.target(arc)] || strengths[i] != old.strength(arc)
					|| kinds[i] != old.kindCode(arc)) {
				return false;
			}
		}
		return true;
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
