package dev.dealgraph.paths.engine;

/**
 * What one query cost: nodes settled (taken off a queue, in either direction, including
 * hop-indexed states), nodes labelled (first reached), searches run (the first one and
 * every spur), how many of those ran hop-indexed because a hop limit could bind, and wall
 * time.
 */
public record SearchStats(long nodesSettled, long nodesLabelled, int spurSearches, int hopLimitedSearches,
		long elapsedNanos) {

	public static final SearchStats NONE = new SearchStats(0, 0, 0, 0, 0);

}
