package dev.dealgraph.paths.engine;

import java.util.Arrays;
import java.util.Set;

/**
 * The first phase of a {@link PathGraphPatch}: which old nodes are touched or removed,
 * where the new ids go in id order, and so the new number of every old node. Numbers only
 * shift around added and removed nodes.
 */
final class Renumbering {

	final PathGraph old;

	/** Old nodes the patch names, removed or not. */
	final boolean[] touchedOld;

	final boolean[] removedOld;

	/** New ids, sorted. */
	final String[] added;

	/** The new number of each added id. */
	final int[] addedAt;

	/** Nothing added or removed: every node keeps its number. */
	final boolean identity;

	final String[] ids;

	/** The new number of each old node, or -1 for a removed one. */
	final int[] map;

	/** The old number of each new node, or -1 for an added one. */
	final int[] newToOld;

	/** The slice starts of the old graph when it is compact, else empty. */
	final int[] oldOffsets;

	final int[] oldInOffsets;

	/** {@link #map} as a step function, cheap to look up without node-sized reads. */
	final Steps nodes;

	private Renumbering(PathGraph old, boolean[] touchedOld, boolean[] removedOld, String[] added, int[] addedAt,
			boolean identity, String[] ids, int[] map) {
		this.old = old;
		this.oldOffsets = old.isCompact() ? old.offsets() : new int[0];
		this.oldInOffsets = old.isCompact() ? old.inOffsets() : new int[0];
		this.touchedOld = touchedOld;
		this.removedOld = removedOld;
		this.added = added;
		this.addedAt = addedAt;
		this.identity = identity;
		this.ids = ids;
		this.map = map;
		this.nodes = Steps.ofNodes(map);
		this.newToOld = new int[ids.length];
		Arrays.fill(this.newToOld, -1);
		for (int v = 0; v < map.length; v++) {
			if (map[v] >= 0) {
				this.newToOld[map[v]] = v;
			}
		}
	}

	static Renumbering of(PathGraph old, Set<String> present, Set<String> removed) {
		String[] oldIds = old.ids();
		int oldN = oldIds.length;
		boolean[] touchedOld = new boolean[oldN];
		boolean[] removedOld = new boolean[oldN];
		int removedCount = 0;
		for (String id : removed) {
			int node = old.indexOf(id);
			if (node >= 0) {
				touchedOld[node] = true;
				removedOld[node] = true;
				removedCount++;
			}
		}
		String[] added = present.stream().filter((id) -> old.indexOf(id) < 0).sorted().toArray(String[]::new);
		for (String id : present) {
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
		return new Renumbering(old, touchedOld, removedOld, added, addedAt, identity, ids, map);
	}

	int nodeCount() {
		return this.ids.length;
	}

	/** The new number of an id, or -1 when it is neither kept nor added. */
	int newNumber(String id) {
		int node = this.old.indexOf(id);
		if (node >= 0) {
			return this.map[node];
		}
		int a = Arrays.binarySearch(this.added, id);
		return (a >= 0) ? this.addedAt[a] : -1;
	}

}
