package dev.dealgraph.paths.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Collects people and ties by string id and builds a {@link PathGraph}. Ties are kept in
 * primitive arrays; {@link #build()} turns them into arcs: KNOWS both ways, INFLUENCES
 * forward, REPORTS_TO (subordinate to manager) as an upward and a downward arc. Self-ties
 * are ignored. Not thread-safe; use once.
 */
public final class PathGraphBuilder implements TieSink {

	private static final byte KNOWS = 0;

	private static final byte INFLUENCES = 1;

	private static final byte REPORTS_TO = 2;

	private final float reportsToUp;

	private final float reportsToDown;

	private final Map<String, Integer> handles = new HashMap<>();

	private String[] names = new String[16];

	private int nodeCount;

	private int[] from = new int[16];

	private int[] to = new int[16];

	private float[] strength = new float[16];

	private byte[] type = new byte[16];

	private int tieCount;

	private boolean built;

	private int[] rank = new int[0];

	PathGraphBuilder(float reportsToUp, float reportsToDown) {
		Costs.of(reportsToUp);
		Costs.of(reportsToDown);
		this.reportsToUp = reportsToUp;
		this.reportsToDown = reportsToDown;
	}

	/**
	 * Adds a node if new and returns its builder handle (not its final node number).
	 */
	public int node(String id) {
		Integer known = this.handles.get(id);
		if (known != null) {
			return known;
		}
		if (this.nodeCount == this.names.length) {
			this.names = Arrays.copyOf(this.names, this.nodeCount * 2);
		}
		this.names[this.nodeCount] = id;
		this.handles.put(id, this.nodeCount);
		return this.nodeCount++;
	}

	@Override
	public PathGraphBuilder knows(String a, String b, float strength) {
		return knows(node(a), node(b), strength);
	}

	@Override
	public PathGraphBuilder influences(String from, String to, float strength) {
		return influences(node(from), node(to), strength);
	}

	@Override
	public PathGraphBuilder reportsTo(String subordinate, String manager) {
		return reportsTo(node(subordinate), node(manager));
	}

	public PathGraphBuilder knows(int a, int b, float strength) {
		return tie(a, b, checked(strength), KNOWS);
	}

	public PathGraphBuilder influences(int from, int to, float strength) {
		return tie(from, to, checked(strength), INFLUENCES);
	}

	public PathGraphBuilder reportsTo(int subordinate, int manager) {
		return tie(subordinate, manager, 1f, REPORTS_TO);
	}

	private static float checked(float strength) {
		Costs.of(strength);
		return strength;
	}

	private PathGraphBuilder tie(int a, int b, float s, byte kind) {
		if (this.built) {
			throw new IllegalStateException("this builder has already built its graph");
		}
		if (a < 0 || a >= this.nodeCount || b < 0 || b >= this.nodeCount) {
			throw new IllegalArgumentException("unknown node handle " + a + " or " + b);
		}
		if (a == b) {
			return this;
		}
		if (this.tieCount == this.from.length) {
			int grown = this.tieCount + (this.tieCount >> 1);
			this.from = Arrays.copyOf(this.from, grown);
			this.to = Arrays.copyOf(this.to, grown);
			this.strength = Arrays.copyOf(this.strength, grown);
			this.type = Arrays.copyOf(this.type, grown);
		}
		this.from[this.tieCount] = a;
		this.to[this.tieCount] = b;
		this.strength[this.tieCount] = s;
		this.type[this.tieCount] = kind;
		this.tieCount++;
		return this;
	}

	/** After {@link #build()}: the node number of a handle {@link #node} returned. */
	public int nodeOf(int handle) {
		if (!this.built) {
			throw new IllegalStateException("the graph has not been built yet");
		}
		return this.rank[handle];
	}

	/** Builds the graph; the builder is spent afterwards. */
	public PathGraph build() {
		if (this.built) {
			throw new IllegalStateException("this builder has already built its graph");
		}
		int n = this.nodeCount;
		String[] sorted = Arrays.copyOf(this.names, n);
		Arrays.parallelSort(sorted);
		int[] rank = new int[n];
		for (int i = 0; i < n; i++) {
			rank[this.handles.get(sorted[i])] = i;
		}
		this.rank = rank;
		ArcList arcs = new ArcList(n);
		int ties = this.tieCount;
		int[] a = this.from;
		int[] b = this.to;
		for (int i = 0; i < ties; i++) {
			a[i] = rank[a[i]];
			b[i] = rank[b[i]];
			arcs.count(a[i]);
			if (this.type[i] != INFLUENCES) {
				arcs.count(b[i]);
			}
		}
		this.built = true;
		arcs.allocate();
		for (int i = 0; i < ties; i++) {
			switch (this.type[i]) {
				case KNOWS -> {
					arcs.place(a[i], b[i], this.strength[i], ArcKind.KNOWS);
					arcs.place(b[i], a[i], this.strength[i], ArcKind.KNOWS);
				}
				case INFLUENCES -> arcs.place(a[i], b[i], this.strength[i], ArcKind.INFLUENCES);
				default -> {
					arcs.place(a[i], b[i], this.reportsToUp, ArcKind.REPORTS_TO_UP);
					arcs.place(b[i], a[i], this.reportsToDown, ArcKind.REPORTS_TO_DOWN);
				}
			}
		}
		return arcs.toGraph(sorted);
	}

}
