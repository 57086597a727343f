package dev.dealgraph.paths.engine;

import java.util.Arrays;

/**
 * One k-best-paths question over a {@link PathGraph}: from any of {@code sources} to
 * {@code target}, at most {@code maxHops} hops, through {@code via} when it is not
 * {@link #NO_VIA}, never through {@code avoid}.
 * <p>
 * Rules the engine applies: a path has at least one hop and no repeated node; it contains
 * exactly one source (its first node), so the colleague closest to the target carries it;
 * the target is dropped from the sources; an avoided source is dropped; an avoided target
 * gives no path; a {@code via} that is a source restricts the sources to it.
 */
public record PathQuery(int[] sources, int target, int k, int maxHops, int via, int[] avoid, NodeFactors factors) {

	public static final int NO_VIA = -1;

	/** No hop limit beyond the graph's size. */
	public static final int UNLIMITED_HOPS = Integer.MAX_VALUE;

	public PathQuery {
		sources = sources.clone();
		avoid = avoid.clone();
		if (k < 1) {
			throw new IllegalArgumentException("k must be at least 1, was " + k);
		}
		if (maxHops < 1) {
			throw new IllegalArgumentException("maxHops must be at least 1, was " + maxHops);
		}
		if (target < 0 || via < NO_VIA) {
			throw new IllegalArgumentException("target and via must be node indexes");
		}
	}

	public static PathQuery of(int[] sources, int target, int k, int maxHops) {
		return new PathQuery(sources, target, k, maxHops, NO_VIA, new int[0], NodeFactors.constant(1f));
	}

	public PathQuery withVia(int node) {
		return new PathQuery(this.sources, this.target, this.k, this.maxHops, node, this.avoid, this.factors);
	}

	public PathQuery withAvoid(int... nodes) {
		return new PathQuery(this.sources, this.target, this.k, this.maxHops, this.via, nodes, this.factors);
	}

	public PathQuery withFactors(NodeFactors nodeFactors) {
		return new PathQuery(this.sources, this.target, this.k, this.maxHops, this.via, this.avoid, nodeFactors);
	}

	@Override
	public String toString() {
		return "PathQuery[sources=" + Arrays.toString(this.sources) + ", target=" + this.target + ", k=" + this.k
				+ ", maxHops=" + this.maxHops + ", via=" + this.via + ", avoid=" + Arrays.toString(this.avoid) + "]";
	}

}
