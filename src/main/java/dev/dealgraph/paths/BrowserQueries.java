package dev.dealgraph.paths;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.dealgraph.paths.engine.ArcKind;
import dev.dealgraph.relationship.TieType;
import org.jspecify.annotations.Nullable;

/**
 * A ready-to-paste Neo4j Browser query that draws exactly the paths of an answer. The ids
 * go into a {@code :param} command; the query itself is fixed text.
 */
final class BrowserQueries {

	/**
	 * The labels of the individuals a path runs through. Display text for the user to
	 * paste into Neo4j Browser, never run by this service; the person feature owns the
	 * labels themselves.
	 */
	static final String INDIVIDUAL_LABELS = "Person|Colleague";

	static final String DRAW_PATHS = """
			UNWIND $paths AS path
			UNWIND range(0, size(path.nodes) - 2) AS i
			MATCH (a:%1$s {id: path.nodes[i]})-[r]-(b:%1$s {id: path.nodes[i + 1]})
			WHERE type(r) = path.types[i]
			RETURN a, r, b""".formatted(INDIVIDUAL_LABELS);

	private BrowserQueries() {
	}

	static PathAnswer.BrowserQuery draw(List<Route> routes) {
		String paths = routes.stream()
			.map((route) -> "{nodes: " + list(route.start().id(), route.steps().stream().map((s) -> s.to().id()))
					+ ", types: " + list(null, route.steps().stream().map((s) -> stored(s.tie()).name())) + "}")
			.collect(Collectors.joining(", ", "[", "]"));
		return new PathAnswer.BrowserQuery(":param paths => " + paths, DRAW_PATHS);
	}

	/** The stored relationship a hop walked along. */
	static TieType stored(ArcKind kind) {
		return switch (kind) {
			case KNOWS -> TieType.KNOWS;
			case INFLUENCES -> TieType.INFLUENCES;
			case REPORTS_TO_UP, REPORTS_TO_DOWN -> TieType.REPORTS_TO;
		};
	}

	private static String list(@Nullable String first, Stream<String> rest) {
		Stream<String> all = (first != null) ? Stream.concat(Stream.of(first), rest) : rest;
		// ids are [A-Za-z0-9._-] and types are our own names: nothing to escape
		return all.map((value) -> "'" + value + "'").collect(Collectors.joining(", ", "[", "]"));
	}

}
