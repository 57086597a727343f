package dev.dealgraph.paths.engine;

/**
 * The arc arrays that successive {@link PathGraph}s share: each graph reads only the
 * slots up to its own ends, and a patch appends the slices it makes anew past the ends of
 * the graph it patches, so the graphs before it see nothing change. Only the graph whose
 * ends are the store's may append (the newest of its line); any other patch, or one that
 * does not fit, first compacts into a store of its own.
 */
final class ArcStore {

	final int[] targets;

	final float[] strengths;

	final byte[] kinds;

	final int[] costs;

	final int[] inSources;

	final int[] inArcs;

	private int arcsUsed;

	private int inUsed;

	ArcStore(int[] targets, float[] strengths, byte[] kinds, int[] costs, int[] inSources, int[] inArcs, int arcsUsed,
			int inUsed) {
		this.targets = targets;
		this.strengths = strengths;
		this.kinds = kinds;
		this.costs = costs;
		this.inSources = inSources;
		this.inArcs = inArcs;
		this.arcsUsed = arcsUsed;
		this.inUsed = inUsed;
	}

	/** Room to grow past {@code arcs} live arcs before a patch has to compact. */
	static int slack(int arcs) {
		return Math.max(64, arcs >>> 3);
	}

	/**
	 * Claims {@code arcs} forward and {@code entries} backward slots past a graph's ends,
	 * when nothing was appended past them yet and they fit.
	 */
	synchronized boolean claim(int arcEnd, int arcs, int inEnd, int entries) {
		if (this.arcsUsed != arcEnd || this.inUsed != inEnd || this.targets.length - arcEnd < arcs
				|| this.inSources.length - inEnd < entries) {
			return false;
		}
		this.arcsUsed = arcEnd + arcs;
		this.inUsed = inEnd + entries;
		return true;
	}

}
