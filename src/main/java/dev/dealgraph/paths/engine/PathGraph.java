package dev.dealgraph.paths.engine;

import java.util.Arrays;

/**
 * An immutable directed graph in compressed sparse row form, built for path search. Nodes
 * are {@code 0..n-1}, numbered in the order of their string ids, so comparing node
 * numbers compares ids. Arcs leaving node {@code v} are {@code firstArc(v)..endArc(v)-1},
 * strongest first (then by kind and target); arcs entering {@code v} are
 * {@code firstInArc(v)..endInArc(v)-1}, sorted by source, each naming the forward arc it
 * mirrors.
 */
public final class PathGraph {

	private final String[] ids;

	private final int[] offsets;

	private final int[] targets;

	private final float[] strengths;

	private final byte[] kinds;

	private final int[] costs;

	private final int[] inOffsets;

	private final int[] inSources;

	private final int[] inArcs;

	PathGraph(String[] ids, int[] offsets, int[] targets, float[] strengths, byte[] kinds, int[] costs, int[] inOffsets,
			int[] inSources, int[] inArcs) {
		this.ids = ids;
		this.offsets = offsets;
		this.targets = targets;
		this.strengths = strengths;
		this.kinds = kinds;
		this.costs = costs;
		this.inOffsets = inOffsets;
		this.inSources = inSources;
		this.inArcs = inArcs;
	}

	/**
	 * A builder whose REPORTS_TO ties become an upward arc of strength
	 * {@code reportsToUp} and a downward arc of strength {@code reportsToDown}.
	 */
	public static PathGraphBuilder builder(float reportsToUp, float reportsToDown) {
		return new PathGraphBuilder(reportsToUp, reportsToDown);
	}

	/**
	 * A patch that makes a new graph from this one and what changed since; this graph
	 * stays as it is. The REPORTS_TO strengths must be the ones this graph was built
	 * with.
	 */
	public PathGraphPatch patch(float reportsToUp, float reportsToDown) {
		return new PathGraphPatch(this, reportsToUp, reportsToDown);
	}

	public int nodeCount() {
		return this.ids.length;
	}

	public int arcCount() {
		return this.targets.length;
	}

	public String id(int node) {
		return this.ids[node];
	}

	/** The node with this id, or -1. */
	public int indexOf(String id) {
		int found = Arrays.binarySearch(this.ids, id);
		return (found >= 0) ? found : -1;
	}

	public int firstArc(int node) {
		return this.offsets[node];
	}

	public int endArc(int node) {
		return this.offsets[node + 1];
	}

	public int target(int arc) {
		return this.targets[arc];
	}

	public float strength(int arc) {
		return this.strengths[arc];
	}

	public ArcKind kind(int arc) {
		return ArcKind.of(this.kinds[arc]);
	}

	byte kindCode(int arc) {
		return this.kinds[arc];
	}

	/** The arc's cost in {@link Costs} units. */
	public int cost(int arc) {
		return this.costs[arc];
	}

	/** The arc from {@code from} to {@code to}, or -1. */
	public int arc(int from, int to) {
		for (int arc = this.offsets[from]; arc < this.offsets[from + 1]; arc++) {
			if (this.targets[arc] == to) {
				return arc;
			}
		}
		return -1;
	}

	public int firstInArc(int node) {
		return this.inOffsets[node];
	}

	public int endInArc(int node) {
		return this.inOffsets[node + 1];
	}

	/** The source of the {@code i}th incoming entry. */
	public int inSource(int i) {
		return this.inSources[i];
	}

	/** The forward arc of the {@code i}th incoming entry. */
	public int inArc(int i) {
		return this.inArcs[i];
	}

	String[] ids() {
		return this.ids;
	}

	float[] strengths() {
		return this.strengths;
	}

	byte[] kinds() {
		return this.kinds;
	}

	int[] targets() {
		return this.targets;
	}

	int[] costs() {
		return this.costs;
	}

	int[] offsets() {
		return this.offsets;
	}

	int[] inOffsets() {
		return this.inOffsets;
	}

	int[] inSources() {
		return this.inSources;
	}

	int[] inArcs() {
		return this.inArcs;
	}

}
