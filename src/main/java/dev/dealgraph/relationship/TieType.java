package dev.dealgraph.relationship;

/**
 * The relationship types between individuals. The Cypher type of a tie always comes from
 * here, never from input.
 */
public enum TieType {

	/** Acquaintance, undirected in meaning, with a strength in (0, 1]. */
	KNOWS(true, false),
	/** Whose view sways whom, directed, with a strength in (0, 1]. */
	INFLUENCES(true, true),
	/** The formal line, from subordinate to manager. */
	REPORTS_TO(false, true),
	/** Rivalry; never traversed by path search. */
	CONFLICTS_WITH(false, false);

	private final boolean weighted;

	private final boolean directed;

	TieType(boolean weighted, boolean directed) {
		this.weighted = weighted;
		this.directed = directed;
	}

	public boolean weighted() {
		return this.weighted;
	}

	public boolean directed() {
		return this.directed;
	}

}
