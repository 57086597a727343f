package dev.dealgraph.paths.engine;

import java.util.Arrays;

/**
 * An immutable directed graph in compressed sparse row form, built for path search. Nodes
 * are {@code 0..n-1}, numbered in the order of their string ids, so comparing node
 * numbers compares ids. Arcs leaving node {@code v} are {@code firstArc(v)..endArc(v)-1},
 * strongest first (then by kind and target); arcs entering {@code v} are
 * {@code firstInArc(v)..endInArc(v)-1}, sorted by source, each naming the forward arc it
 * mirrors.
 * <p>
 * Each node's slice bounds live in chunks of {@value #CHUNK} nodes, and the arcs in an
 * {@link ArcStore} with room to spare: a patch that adds or removes nobody copies only
 * the chunks it changes and appends the slices it makes anew, so its cost follows the
 * change, not the graph. Slices it replaces stay behind until a patch compacts, and an
 * incoming entry may still name an arc of one (the same target, strength, kind and cost
 * as the arc that replaced it).
 */
public final class PathGraph {

	static final int CHUNK_BITS = 10;

	static final int CHUNK = 1 << CHUNK_BITS;

	static final int CHUNK_MASK = CHUNK - 1;

	private final String[] ids;

	/** Per chunk of nodes: the first and end arc of each, side by side. */
	private final int[][] out;

	/** Per chunk of nodes: the first and end incoming entry of each. */
	private final int[][] in;

	private final ArcStore store;

	private final int arcEnd;

	private final int inEnd;

	private final int arcCount;

	private final boolean compact;

	PathGraph(String[] ids, int[][] out, int[][] in, ArcStore store, int arcEnd, int inEnd, int arcCount,
			boolean compact) {
		this.ids = ids;
		this.out = out;
		this.in = in;
		this.store = store;
		this.arcEnd = arcEnd;
		this.inEnd = inEnd;
		this.arcCount = arcCount;
		this.compact = compact;
	}

	/**
	 * A graph over contiguous slices: {@code offsets} and {@code inOffsets} have
	 * {@code n+1} entries; the arc arrays may be longer than the arcs they hold, the rest
	 * is room for patches.
	 */
	static PathGraph ofCsr(String[] ids, int[] offsets, int[] targets, float[] strengths, byte[] kinds, int[] costs,
			int[] inOffsets, int[] inSources, int[] inArcs) {
		int n = ids.length;
		int arcs = offsets[n];
		ArcStore store = new ArcStore(targets, strengths, kinds, costs, inSources, inArcs, arcs, inOffsets[n]);
		return new PathGraph(ids, bounds(offsets, n), bounds(inOffsets, n), store, arcs, inOffsets[n], arcs, true);
	}

	private static int[][] bounds(int[] offsets, int n) {
		int[][] chunks = new int[(n + CHUNK_MASK) >>> CHUNK_BITS][];
		for (int c = 0; c < chunks.length; c++) {
			int first = c << CHUNK_BITS;
			int size = Math.min(CHUNK, n - first);
			int[] chunk = new int[2 * size];
			for (int i = 0; i < size; i++) {
				chunk[2 * i] = offsets[first + i];
				chunk[2 * i + 1] = offsets[first + i + 1];
			}
			chunks[c] = chunk;
		}
		return chunks;
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
		return this.arcCount;
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
		return this.out[node >>> CHUNK_BITS][(node & CHUNK_MASK) << 1];
	}

	public int endArc(int node) {
		return this.out[node >>> CHUNK_BITS][((node & CHUNK_MASK) << 1) + 1];
	}

	public int target(int arc) {
		return this.store.targets[arc];
	}

	public float strength(int arc) {
		return this.store.strengths[arc];
	}

	public ArcKind kind(int arc) {
		return ArcKind.of(this.store.kinds[arc]);
	}

	byte kindCode(int arc) {
		return this.store.kinds[arc];
	}

	/** The arc's cost in {@link Costs} units. */
	public int cost(int arc) {
		return this.store.costs[arc];
	}

	/** The arc from {@code from} to {@code to}, or -1. */
	public int arc(int from, int to) {
		for (int arc = firstArc(from), end = endArc(from); arc < end; arc++) {
			if (this.store.targets[arc] == to) {
				return arc;
			}
		}
		return -1;
	}

	public int firstInArc(int node) {
		return this.in[node >>> CHUNK_BITS][(node & CHUNK_MASK) << 1];
	}

	public int endInArc(int node) {
		return this.in[node >>> CHUNK_BITS][((node & CHUNK_MASK) << 1) + 1];
	}

	/** The source of the {@code i}th incoming entry. */
	public int inSource(int i) {
		return this.store.inSources[i];
	}

	/**
	 * The forward arc of the {@code i}th incoming entry: one with the target, strength,
	 * kind and cost of the arc from its source, though after a patch not necessarily
	 * within the source's slice.
	 */
	public int inArc(int i) {
		return this.store.inArcs[i];
	}

	/**
	 * The same graph with every slice in node order and nothing unused between them, and
	 * room for {@code extra} more arcs and entries besides the usual.
	 */
	PathGraph compacted(int extra) {
		int n = nodeCount();
		int arcs = this.arcCount;
		int capacity = arcs + ArcStore.slack(arcs) + extra;
		ArcStore old = this.store;
		int[] offsets = new int[n + 1];
		int[] targets = new int[capacity];
		float[] strengths = new float[capacity];
		byte[] kinds = new byte[capacity];
		int[] costs = new int[capacity];
		for (int v = 0; v < n;) {
			int from = firstArc(v);
			int to = endArc(v);
			int next = v + 1;
			offsets[next] = offsets[v] + (to - from);
			while (next < n && firstArc(next) == to) {
				to = endArc(next);
				offsets[next + 1] = offsets[v] + (to - from);
				next++;
			}
			System.arraycopy(old.targets, from, targets, offsets[v], to - from);
			System.arraycopy(old.strengths, from, strengths, offsets[v], to - from);
			System.arraycopy(old.kinds, from, kinds, offsets[v], to - from);
			System.arraycopy(old.costs, from, costs, offsets[v], to - from);
			v = next;
		}
		// entries may name an arc of a replaced slice, so the index is made afresh
		return ArcList.withBackwardIndex(this.ids, offsets, targets, strengths, kinds, costs);
	}

	/** Whether every slice lies in node order with nothing unused between them. */
	boolean isCompact() {
		return this.compact;
	}

	String[] ids() {
		return this.ids;
	}

	int[][] out() {
		return this.out;
	}

	int[][] in() {
		return this.in;
	}

	ArcStore store() {
		return this.store;
	}

	int arcEnd() {
		return this.arcEnd;
	}

	int inEnd() {
		return this.inEnd;
	}

	float[] strengths() {
		return this.store.strengths;
	}

	byte[] kinds() {
		return this.store.kinds;
	}

	int[] targets() {
		return this.store.targets;
	}

	int[] costs() {
		return this.store.costs;
	}

	int[] inSources() {
		return this.store.inSources;
	}

	int[] inArcs() {
		return this.store.inArcs;
	}

	/** The slice starts of a {@linkplain #isCompact() compact} graph, n+1 of them. */
	int[] offsets() {
		int n = nodeCount();
		int[] offsets = new int[n + 1];
		for (int v = 0; v < n; v++) {
			offsets[v] = firstArc(v);
		}
		offsets[n] = this.arcEnd;
		return offsets;
	}

	/** The incoming list starts of a compact graph, n+1 of them. */
	int[] inOffsets() {
		int n = nodeCount();
		int[] offsets = new int[n + 1];
		for (int v = 0; v < n; v++) {
			offsets[v] = firstInArc(v);
		}
		offsets[n] = this.inEnd;
		return offsets;
	}

}
