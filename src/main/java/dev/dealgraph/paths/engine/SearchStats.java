package dev.dealgraph.paths.engine;

/**
 * What one query cost: nodes settled (taken off a queue, both directions and hop-indexed
 * states), nodes labelled (first reached), spur searches run, how many of those needed
 * the hop-indexed search because the cheapest spur broke the hop limit, and wall time.
 */
public record SearchStats(long nodesSettled, long nodesLabelled, int spurSearches, int hopLimitedSearches,
		long elapsedNanos) {

	public static final SearchStats NONE = new SearchStats(0, 0, 0, 0, 0);

}
