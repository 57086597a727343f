package dev.dealgraph.paths.engine;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A new {@link PathGraph} made from an old one and what changed since, without reading
 * everything again: the caller names each touched individual (still there, or removed)
 * and gives every tie a touched individual now has. All arcs at touched nodes are
 * replaced by those ties; every other node keeps its arcs, copied. The result equals a
 * graph built from scratch out of the same people and ties, node numbers included (new
 * ids take their place in id order, so numbers after them shift). When nobody is added or
 * removed, only the changed slices are made and appended ({@link AppendedSlices});
 * otherwise the whole graph is made anew.
 * <p>
 * A tie whose other end the old graph does not know and the patch does not add is left
 * out: the change that created that end is a later one, and names both ends again. Not
 * thread-safe; use once.
 * <p>
 * Applying runs in phases, each its own class: {@link Renumbering} (new node numbers),
 * {@link PatchedArcs} (forward slices: touched and dirty nodes made anew, the rest
 * copied) and {@link PatchedInIndex} (the backward index likewise); {@link Steps} moves
 * the numbers of what is copied.
 */
public final class PathGraphPatch implements TieSink {

	private final PathGraph base;

	private final float reportsToUp;

	private final float reportsToDown;

	private final Set<String> present = new LinkedHashSet<>();

	private final Set<String> removed = new LinkedHashSet<>();

	private final GivenTies ties = new GivenTies();

	private int[] oldToNew = new int[0];

	private boolean applied;

	private boolean renumbered;

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
		return tie(a, b, strength, GivenTies.KNOWS);
	}

	@Override
	public PathGraphPatch influences(String from, String to, float strength) {
		Costs.of(strength);
		return tie(from, to, strength, GivenTies.INFLUENCES);
	}

	@Override
	public PathGraphPatch reportsTo(String subordinate, String manager) {
		return tie(subordinate, manager, 1f, GivenTies.REPORTS_TO);
	}

	private PathGraphPatch tie(String a, String b, float strength, byte type) {
		if (this.applied) {
			throw new IllegalStateException("this patch has already been applied");
		}
		if (!a.equals(b)) {
			this.ties.add(a, b, strength, type);
		}
		return this;
	}

	/** Builds the patched graph; the patch is spent afterwards. */
	public PathGraph apply() {
		if (this.applied) {
			throw new IllegalStateException("this patch has already been applied");
		}
		this.applied = true;
		this.renumbered = this.removed.stream().anyMatch((id) -> this.base.indexOf(id) >= 0)
				|| this.present.stream().anyMatch((id) -> this.base.indexOf(id) < 0);
		if (!this.renumbered) {
			return AppendedSlices.apply(this.base, this.present, this.ties, this.reportsToUp, this.reportsToDown);
		}
		Renumbering numbers = Renumbering.of(this.base, this.present, this.removed);
		this.oldToNew = numbers.map;
		PatchedArcs arcs = new PatchedArcs(numbers, this.ties, this.reportsToUp, this.reportsToDown);
		if (!this.base.isCompact()) {
			// incoming entries may name arcs of replaced slices: index afresh
			return ArcList.withBackwardIndex(numbers.ids, arcs.offsets, arcs.targets, arcs.strengths, arcs.kinds,
					arcs.costs);
		}
		PatchedInIndex in = new PatchedInIndex(numbers, arcs);
		return PathGraph.ofCsr(numbers.ids, arcs.offsets, arcs.targets, arcs.strengths, arcs.kinds, arcs.costs,
				in.inOffsets, in.inSources, in.inArcs);
	}

	/**
	 * After {@link #apply()}: whether someone was added or removed, so node numbers
	 * moved; otherwise every node kept its number.
	 */
	public boolean renumbered() {
		if (!this.applied) {
			throw new IllegalStateException("the patch has not been applied yet");
		}
		return this.renumbered;
	}

	/**
	 * After {@link #apply()}: the new number of each old node, or -1 for a removed one.
	 */
	public int[] oldToNew() {
		if (!this.applied) {
			throw new IllegalStateException("the patch has not been applied yet");
		}
		if (!this.renumbered) {
			int[] same = new int[this.base.nodeCount()];
			Arrays.setAll(same, (v) -> v);
			return same;
		}
		return this.oldToNew;
	}

}
