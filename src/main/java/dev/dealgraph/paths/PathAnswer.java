package dev.dealgraph.paths;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The answer to "through whom should we approach them?".
 *
 * @param dealId the deal asked about; null for company-wide paths
 * @param targets each target with its ranked paths
 * @param reason why there is no path at all, when there is none
 * @param query the parameters as applied
 * @param scoring the scoring constants used
 * @param stats what the search cost
 * @param browser a Neo4j Browser query that draws exactly these paths
 */
public record PathAnswer(@Nullable String dealId, List<Target> targets, @Nullable String reason, Query query,
		PathSettings scoring, Stats stats, BrowserQuery browser) {

	/**
	 * A target and the best ways to it.
	 *
	 * @param person the target
	 * @param paths ranked paths, best first
	 * @param reason why the list is empty, when it is
	 */
	public record Target(Individual person, List<Route> paths, @Nullable String reason) {
	}

	/**
	 * The request as applied.
	 *
	 * @param sources the colleagues paths start from
	 * @param k paths per target
	 * @param maxHops hop limit
	 * @param via a person every path passes through
	 * @param avoid people no path passes through
	 * @param includeOpponents whether opponents may be in between
	 */
	public record Query(List<String> sources, int k, int maxHops, @Nullable String via, List<String> avoid,
			boolean includeOpponents) {
	}

	/**
	 * Search statistics.
	 *
	 * @param nodesSettled nodes taken off a queue, over all targets
	 * @param nodesLabelled nodes first reached
	 * @param spurSearches spur searches run by Yen's algorithm
	 * @param hopLimitedSearches spur searches that needed the exact hop-limited search
	 * @param searchMillis time in the engine
	 * @param graphPeople people and colleagues in the in-memory graph
	 * @param graphArcs traversable arcs in it
	 * @param graphChange the change sequence the graph reflects
	 */
	public record Stats(long nodesSettled, long nodesLabelled, int spurSearches, int hopLimitedSearches,
			double searchMillis, int graphPeople, int graphArcs, String graphChange) {
	}

	/**
	 * Paste {@code params} then {@code query} into Neo4j Browser to draw these paths; ids
	 * travel as parameters, never inside the query text.
	 *
	 * @param params the {@code :param} command
	 * @param query the Cypher query
	 */
	public record BrowserQuery(String params, String query) {
	}

}
