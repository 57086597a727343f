package dev.dealgraph.paths;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A ready-to-paste Neo4j Browser query that draws exactly the paths of an answer. The ids
 * go into a {@code :param} command; the query itself is fixed text.
 */
final class BrowserQueries {

	static final String DRAW_PATHS = """
			UNWIND $paths AS path
			UNWIND range(0, size(path.nodes) - 2) AS i
			MATCH (a:Person|Colleague {id: path.nodes[i]})-[r]-(b:Person|Colleague {id: path.nodes[i + 1]})
			WHERE type(r) = path.types[i]
			RETURN a, r, b""";

	private BrowserQueries() {
	}

	static PathAnswer.BrowserQuery draw(List<Route> routes) {
		String paths = routes.stream()
			.map((route) -> "{nodes: " + list(route.start().id(), route.steps().stream().map((s) -> s.to().id()))
					+ ", types: " + list(null, route.steps().stream().map((s) -> storedType(s.tie()))) + "}")
			.collect(Collectors.joining(", ", "[", "]"));
		return new PathAnswer.BrowserQuery(":param paths => " + paths, DRAW_PATHS);
	}

	private static String list(String first, java.util.stream.Stream<String> rest) {
		java.util.stream.Stream<String> all = (first != null)
				? java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest) : rest;
		// ids are [A-Za-z0-9._-] and types are our own names: nothing to escape
		return all.map((value) -> "'" + value + "'").collect(Collectors.joining(", ", "[", "]"));
	}

	private static String storedType(String tie) {
		return tie.startsWith("REPORTS_TO") ? "REPORTS_TO" : tie;
	}

}
