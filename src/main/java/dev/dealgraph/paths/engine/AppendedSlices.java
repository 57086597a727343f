package dev.dealgraph.paths.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A patch that adds and removes nobody, in time and space that follow the change: the
 * slices that come out different (see {@link PatchedArcs} for which those are and how
 * they are made) are appended to the {@link ArcStore}, and so are the incoming lists of
 * their old and new heads; every other slice and list stays where it is, arc numbers
 * included, and only the chunks of bounds that changed are copied.
 */
final class AppendedSlices {

	private final PathGraph old;

	private final Set<Integer> touched = new HashSet<>();

	private final Map<Integer, long[]> given = new HashMap<>();

	private final Map<Integer, Integer> givenCount = new HashMap<>();

	/** The changed nodes, ascending, with their finished slices. */
	private int[] dirty = new int[0];

	private final Map<Integer, long[]> slices = new HashMap<>();

	private AppendedSlices(PathGraph old) {
		this.old = old;
	}

	static PathGraph apply(PathGraph old, Set<String> present, GivenTies ties, float reportsToUp, float reportsToDown) {
		AppendedSlices patch = new AppendedSlices(old);
		Set<Integer> candidates = new HashSet<>();
		for (String id : present) {
			int node = old.indexOf(id);
			patch.touched.add(node);
			candidates.add(node);
			for (int i = old.firstInArc(node); i < old.endInArc(node); i++) {
				candidates.add(old.inSource(i));
			}
		}
		patch.placeGiven(ties, reportsToUp, reportsToDown, candidates);
		int arcs = patch.finishSlices(candidates);
		if (patch.dirty.length == 0) {
			return old;
		}
		return patch.write(arcs);
	}

	private boolean isTouched(int node) {
		return this.touched.contains(node);
	}

	private void placeGiven(GivenTies ties, float reportsToUp, float reportsToDown, Set<Integer> candidates) {
		int[] endNode = ties.endNodes(this.old::indexOf);
		for (int t = 0; t < ties.count; t++) {
			int a = endNode[ties.from[t]];
			int b = endNode[ties.to[t]];
			if (a < 0 || b < 0 || !(isTouched(a) || isTouched(b))) {
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
			candidates.add(a);
			candidates.add(b);
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
	 * Each candidate's slice: the given arcs, plus its old arcs to untouched nodes unless
	 * it is touched itself; keeps those that differ from before. Returns their arcs.
	 */
	private int finishSlices(Set<Integer> candidates) {
		PathGraph g = this.old;
		int[] changed = new int[candidates.size()];
		int count = 0;
		int arcs = 0;
		for (int v : candidates) {
			long[] own = this.given.getOrDefault(v, new long[0]);
			int kept = this.givenCount.getOrDefault(v, 0);
			if (!isTouched(v) && keepsArcsToTouched(v, own, kept)) {
				continue;
			}
			long[] slice;
			if (!isTouched(v)) {
				slice = Arrays.copyOf(own, kept + g.endArc(v) - g.firstArc(v));
				for (int arc = g.firstArc(v); arc < g.endArc(v); arc++) {
					int head = g.target(arc);
					if (!isTouched(head)) {
						slice[kept++] = ArcList.pack(head, g.strength(arc), g.kindCode(arc));
					}
				}
			}
			else {
				slice = Arrays.copyOf(own, kept);
			}
			int size = ArcList.finishSlice(slice, 0, kept);
			if (!sameAsBefore(slice, size, v)) {
				changed[count++] = v;
				this.slices.put(v, Arrays.copyOf(slice, size));
				arcs += size;
			}
		}
		this.dirty = Arrays.copyOf(changed, count);
		Arrays.sort(this.dirty);
		return arcs;
	}

	/**
	 * Whether an untouched node's given arcs, the strongest per head, are exactly its old
	 * arcs to touched nodes: then its slice stays as it is, and making it can be skipped
	 * (most neighbours of a touched hub).
	 */
	private boolean keepsArcsToTouched(int v, long[] own, int count) {
		PathGraph g = this.old;
		long[] given = Arrays.copyOf(own, count);
		Arrays.sort(given);
		int kept = 0;
		for (int i = 0; i < count; i++) {
			if (kept == 0 || (given[i] >>> 32) != (given[kept - 1] >>> 32)) {
				given[kept++] = given[i];
			}
		}
		long[] before = new long[kept];
		int found = 0;
		for (int arc = g.firstArc(v); arc < g.endArc(v); arc++) {
			int head = g.target(arc);
			if (isTouched(head)) {
				if (found == kept) {
					return false;
				}
				before[found++] = ArcList.pack(head, g.strength(arc), g.kindCode(arc));
			}
		}
		if (found != kept) {
			return false;
		}
		Arrays.sort(before);
		return Arrays.equals(given, 0, kept, before, 0, kept);
	}

	private boolean sameAsBefore(long[] slice, int count, int v) {
		PathGraph g = this.old;
		int first = g.firstArc(v);
		if (count != g.endArc(v) - first) {
			return false;
		}
		int[] heads = new int[count];
		float[] weights = new float[count];
		byte[] codes = new byte[count];
		ArcList.unpack(slice, 0, count, heads, weights, codes, 0);
		for (int i = 0; i < count; i++) {
			int arc = first + i;
			if (heads[i] != g.target(arc) || weights[i] != g.strength(arc) || codes[i] != g.kindCode(arc)) {
				return false;
			}
		}
		return true;
	}

	private boolean isDirty(int node) {
		return Arrays.binarySearch(this.dirty, node) >= 0;
	}

	/**
	 * Appends the changed slices, and the incoming lists of the heads whose arc from a
	 * changed node appeared, went or changed: an entry for an arc that stayed the same
	 * keeps naming the arc in the old slice, which the store keeps and which holds the
	 * same target, strength, kind and cost. Compacts first when the store has no room or
	 * the old graph is not its newest.
	 */
	private PathGraph write(int arcs) {
		PathGraph g = this.old;
		// per changed head: new entries as {source, position among the new arcs}
		Map<Integer, long[]> into = new HashMap<>();
		Map<Integer, Integer> intoCount = new HashMap<>();
		// {head, source} pairs whose old entry goes
		Set<Long> dropped = new HashSet<>();
		int position = 0;
		int removedArcs = 0;
		for (int v : this.dirty) {
			Map<Integer, Long> before = new HashMap<>();
			removedArcs += g.endArc(v) - g.firstArc(v);
			for (int arc = g.firstArc(v); arc < g.endArc(v); arc++) {
				before.put(g.target(arc), ((long) Float.floatToIntBits(g.strength(arc)) << 8) | g.kindCode(arc));
			}
			long[] slice = this.slices.get(v);
			int[] heads = new int[slice.length];
			float[] weights = new float[slice.length];
			byte[] codes = new byte[slice.length];
			ArcList.unpack(slice, 0, slice.length, heads, weights, codes, 0);
			for (int i = 0; i < slice.length; i++) {
				Long was = before.remove(heads[i]);
				long now = ((long) Float.floatToIntBits(weights[i]) << 8) | codes[i];
				if (was == null || was != now) {
					if (was != null) {
						dropped.add(((long) heads[i] << 32) | v);
					}
					add(into, intoCount, heads[i], ((long) v << 32) | (position + i));
				}
			}
			for (int head : before.keySet()) {
				dropped.add(((long) head << 32) | v);
				intoCount.putIfAbsent(head, 0);
			}
			position += slice.length;
		}
		int[] changedHeads = intoCount.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
		int entries = 0;
		for (int head : changedHeads) {
			entries += intoCount.get(head);
			for (int i = g.firstInArc(head); i < g.endInArc(head); i++) {
				if (!dropped.contains(((long) head << 32) | g.inSource(i))) {
					entries++;
				}
			}
		}
		PathGraph base = g;
		if (!g.store().claim(g.arcEnd(), arcs, g.inEnd(), entries)) {
			base = g.compacted(arcs + entries);
			if (!base.store().claim(base.arcEnd(), arcs, base.inEnd(), entries)) {
				throw new IllegalStateException("a fresh store refused a claim that fits");
			}
		}
		ArcStore store = base.store();
		int[][] out = base.out().clone();
		int[][] in = base.in().clone();
		boolean[] outCopied = new boolean[out.length];
		boolean[] inCopied = new boolean[in.length];
		int arcStart = base.arcEnd();
		int at = arcStart;
		for (int v : this.dirty) {
			long[] slice = this.slices.get(v);
			ArcList.unpack(slice, 0, slice.length, store.targets, store.strengths, store.kinds, at);
			for (int arc = at; arc < at + slice.length; arc++) {
				store.costs[arc] = Costs.of(store.strengths[arc]);
			}
			setBounds(out, outCopied, v, at, at + slice.length);
			at += slice.length;
		}
		int inAt = base.inEnd();
		for (int head : changedHeads) {
			int kept = intoCount.get(head);
			long[] list = Arrays.copyOf(into.getOrDefault(head, new long[0]),
					kept + base.endInArc(head) - base.firstInArc(head));
			for (int i = 0; i < kept; i++) {
				list[i] += arcStart;
			}
			for (int i = base.firstInArc(head); i < base.endInArc(head); i++) {
				int source = base.inSource(i);
				if (!dropped.contains(((long) head << 32) | source)) {
					list[kept++] = ((long) source << 32) | base.inArc(i);
				}
			}
			Arrays.sort(list, 0, kept);
			for (int i = 0; i < kept; i++) {
				store.inSources[inAt + i] = (int) (list[i] >>> 32);
				store.inArcs[inAt + i] = (int) list[i];
			}
			setBounds(in, inCopied, head, inAt, inAt + kept);
			inAt += kept;
		}
		return new PathGraph(base.ids(), out, in, store, arcStart + arcs, inAt, g.arcCount() - removedArcs + arcs,
				false);
	}

	private static void add(Map<Integer, long[]> lists, Map<Integer, Integer> counts, int key, long entry) {
		long[] list = lists.computeIfAbsent(key, (k) -> new long[4]);
		int n = counts.getOrDefault(key, 0);
		if (n == list.length) {
			list = Arrays.copyOf(list, n * 2);
			lists.put(key, list);
		}
		list[n] = entry;
		counts.put(key, n + 1);
	}

	/**
	 * Sets a node's bounds in a copy of its chunk, made the first time the chunk changes.
	 */
	private static void setBounds(int[][] chunks, boolean[] copied, int node, int first, int end) {
		int c = node >>> PathGraph.CHUNK_BITS;
		if (!copied[c]) {
			chunks[c] = chunks[c].clone();
			copied[c] = true;
		}
		int i = (node & PathGraph.CHUNK_MASK) << 1;
		chunks[c][i] = first;
		chunks[c][i + 1] = end;
	}

}
