package dev.dealgraph.paths.engine;

import java.util.List;

/** The k best paths of one query, best first, and what finding them cost. */
public record PathResult(List<RankedPath> paths, SearchStats stats) {

	public PathResult {
		paths = List.copyOf(paths);
	}

}
