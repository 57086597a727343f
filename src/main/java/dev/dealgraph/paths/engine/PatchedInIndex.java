package dev.dealgraph.paths.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The backward index of a patched graph: the lists into nodes that may have gained or
 * lost arcs are made anew, the others are copied with their arc numbers moved.
 */
final class PatchedInIndex {

	final int[] inOffsets;

	final int[] inSources;

	final int[] inArcs;

	private final Renumbering numbers;

	private final PatchedArcs arcs;

	private final boolean[] changed;

	private final Map<Integer, long[]> remade = new HashMap<>();

	private final Steps shift;

	PatchedInIndex(Renumbering numbers, PatchedArcs arcs) {
		this.numbers = numbers;
		this.arcs = arcs;
		PathGraph old = numbers.old;
		int n = numbers.nodeCount();
		this.changed = changedLists();
		this.shift = Steps.ofArcs(numbers.oldOffsets, arcs.offsets, numbers.map, arcs.dirty);
		this.inOffsets = new int[n + 1];
		remake();
		int count = arcs.targets.length;
		this.inSources = new int[count];
		this.inArcs = new int[count];
		fill();
	}

	/** Lists into added nodes, and into the heads of old or new arcs of dirty nodes. */
	private boolean[] changedLists() {
		PathGraph old = this.numbers.old;
		int[] map = this.numbers.map;
		int[] oldTargets = old.targets();
		int[] oldOffsets = this.numbers.oldOffsets;
		boolean[] lists = new boolean[this.numbers.nodeCount()];
		for (int at : this.numbers.addedAt) {
			lists[at] = true;
		}
		this.arcs.intoDirty.keySet().forEach((head) -> lists[head] = true);
		for (int v = 0; v < map.length; v++) {
			if (this.numbers.removedOld[v] || (map[v] >= 0 && this.arcs.dirty[map[v]])) {
				for (int arc = oldOffsets[v]; arc < oldOffsets[v + 1]; arc++) {
					int head = map[oldTargets[arc]];
					if (head >= 0) {
						lists[head] = true;
					}
				}
			}
		}
		return lists;
	}

	/** Each changed list as {source, arc} pairs sorted by source; sets all offsets. */
	private void remake() {
		PathGraph old = this.numbers.old;
		int[] oldInOffsets = this.numbers.oldInOffsets;
		int[] oldInSources = old.inSources();
		int[] oldInArcs = old.inArcs();
		int[] map = this.numbers.map;
		int[] newToOld = this.numbers.newToOld;
		for (int t = 0; t < this.changed.length; t++) {
			int count;
			if (this.changed[t]) {
				List<long[]> entries = new ArrayList<>(this.arcs.intoDirty.getOrDefault(t, List.of()));
				int before = newToOld[t];
				if (before >= 0) {
					for (int i = oldInOffsets[before]; i < oldInOffsets[before + 1]; i++) {
						int source = map[oldInSources[i]];
						if (source >= 0 && !this.arcs.dirty[source]) {
							entries.add(new long[] { source, this.shift.moved(oldInArcs[i]) });
						}
					}
				}
				entries.sort((a, b) -> Long.compare(a[0], b[0]));
				long[] list = new long[entries.size()];
				for (int i = 0; i < list.length; i++) {
					list[i] = (entries.get(i)[0] << 32) | entries.get(i)[1];
				}
				this.remade.put(t, list);
				count = list.length;
			}
			else {
				count = oldInOffsets[newToOld[t] + 1] - oldInOffsets[newToOld[t]];
			}
			this.inOffsets[t + 1] = this.inOffsets[t] + count;
		}
	}

	/** The index arrays: remade lists unpacked, runs of unchanged ones copied. */
	private void fill() {
		PathGraph old = this.numbers.old;
		int[] oldInOffsets = this.numbers.oldInOffsets;
		int[] oldInSources = old.inSources();
		int[] oldInArcs = old.inArcs();
		int[] newToOld = this.numbers.newToOld;
		int n = this.changed.length;
		for (int t = 0; t < n;) {
			int at = this.inOffsets[t];
			if (this.changed[t]) {
				long[] list = this.remade.get(t);
				for (int i = 0; i < list.length; i++) {
					this.inSources[at + i] = (int) (list[i] >>> 32);
					this.inArcs[at + i] = (int) list[i];
				}
				t++;
				continue;
			}
			// a run of unchanged lists, consecutive before as well
			int end = t + 1;
			while (end < n && !this.changed[end] && newToOld[end] == newToOld[end - 1] + 1) {
				end++;
			}
			int from = oldInOffsets[newToOld[t]];
			int count = oldInOffsets[newToOld[end - 1] + 1] - from;
			if (this.numbers.identity) {
				System.arraycopy(oldInSources, from, this.inSources, at, count);
			}
			else {
				for (int i = 0; i < count; i++) {
					this.inSources[at + i] = this.numbers.nodes.moved(oldInSources[from + i]);
				}
			}
			for (int i = 0; i < count; i++) {
				this.inArcs[at + i] = this.shift.moved(oldInArcs[from + i]);
			}
			t = end;
		}
	}

}
