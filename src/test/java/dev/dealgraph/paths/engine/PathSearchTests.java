package dev.dealgraph.paths.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A small buying centre: Amy and Raj are ours, Wang is the CFO who decides. Maria is a
 * supportive coach, Li an opponent close to Wang, Chen neutral, Zhang reports to Wang.
 */
class PathSearchTests {

	private static final float UP = 0.9f;

	private static final float DOWN = 0.6f;

	private final PathGraph graph = PathGraph.builder(UP, DOWN)
		.knows("amy", "maria", 0.85f)
		.knows("maria", "wang", 0.8f)
		.knows("amy", "li", 0.9f)
		.knows("li", "wang", 0.9f)
		.knows("raj", "chen", 0.6f)
		.influences("chen", "wang", 0.7f)
		.reportsTo("zhang", "wang")
		.knows("raj", "zhang", 0.5f)
		.build();

	private final Map<String, Float> attitudes = Map.of("maria", 0.9f, "li", 0f, "chen", 0.7f, "zhang", 0.6f);

	@Test
	void ranksCoachPathAboveOpponentPath() {
		List<RankedPath> paths = search(query(10, 4, "wang", "amy", "raj").withFactors(factors(Map.of("li", 0.1f))));

		assertThat(ids(paths)).containsExactly("amy maria wang", "raj chen wang", "raj zhang wang", "amy li wang");
		assertThat(paths.get(0).score()).isCloseTo(0.85 * 0.9 * 0.8, within(1e-6));
		assertThat(paths.get(3).score()).isCloseTo(0.9 * 0.1 * 0.9, within(1e-6));
	}

	@Test
	void neverPassesThroughOpponentsWhoseFactorIsZero() {
		List<RankedPath> paths = search(query(10, 4, "wang", "amy", "raj"));

		assertThat(ids(paths)).containsExactly("amy maria wang", "raj chen wang", "raj zhang wang");
	}

	@Test
	void reportsToUpwardIsStrongerThanDownward() {
		RankedPath up = search(query(1, 1, "wang", "zhang")).get(0);
		RankedPath down = search(query(1, 1, "zhang", "wang")).get(0);

		assertThat(up.score()).isCloseTo(UP, within(1e-6));
		assertThat(up.kind(0)).isEqualTo(ArcKind.REPORTS_TO_UP);
		assertThat(down.score()).isCloseTo(DOWN, within(1e-6));
		assertThat(down.kind(0)).isEqualTo(ArcKind.REPORTS_TO_DOWN);
	}

	@Test
	void influencesIsTraversedOnlyForward() {
		List<RankedPath> paths = search(query(10, 4, "raj", "wang"));

		assertThat(ids(paths)).containsExactly("wang zhang raj");
	}

	@Test
	void sourcesAndTargetAreNotMultipliedByTheirFactors() {
		NodeFactors factors = (node) -> Map.of("amy", 0.01f, "wang", 0.01f, "maria", 0.9f, "li", 0f)
			.getOrDefault(this.graph.id(node), 1f);
		RankedPath best = search(query(1, 4, "wang", "amy").withFactors(factors)).get(0);

		assertThat(best.score()).isCloseTo(0.85 * 0.9 * 0.8, within(1e-6));
		assertThat(best.cost()).isCloseTo(-Math.log(best.score()), within(1e-12));
		assertThat(best.strengths()).containsExactly(0.85f, 0.8f);
	}

	@Test
	void viaForcesThePathThroughTheCoach() {
		List<RankedPath> paths = search(query(10, 4, "wang", "amy", "raj").withVia(node("maria")));

		assertThat(ids(paths)).containsExactly("amy maria wang");
	}

	@Test
	void avoidedPeopleAreNeverUsed() {
		List<RankedPath> paths = search(query(10, 4, "wang", "amy", "raj").withAvoid(node("maria"), node("chen")));

		assertThat(ids(paths)).containsExactly("raj zhang wang");
	}

	@Test
	void aPathCarriesOnlyOneOfOurPeople() {
		PathGraph graph = PathGraph.builder(UP, DOWN)
			.knows("amy", "raj", 1f)
			.knows("raj", "wang", 0.5f)
			.knows("amy", "wang", 0.2f)
			.build();
		PathQuery query = PathQuery.of(nodes(graph, "amy", "raj"), graph.indexOf("wang"), 10, 4);

		assertThat(ids(graph, new PathSearch(graph).search(query).paths())).containsExactly("raj wang", "amy wang");
	}

	@Test
	void hopLimitKeepsTheBestPathWithinTheLimit() {
		PathGraph graph = PathGraph.builder(UP, DOWN)
			.knows("a", "b", 0.99f)
			.knows("b", "c", 0.99f)
			.knows("c", "d", 0.99f)
			.knows("d", "t", 0.99f)
			.knows("a", "x", 0.3f)
			.knows("x", "t", 0.3f)
			.knows("a", "t", 0.1f)
			.build();
		PathSearch search = new PathSearch(graph);
		int[] a = nodes(graph, "a");

		assertThat(ids(graph, search.search(PathQuery.of(a, graph.indexOf("t"), 3, 4)).paths()))
			.containsExactly("a b c d t", "a t", "a x t");
		assertThat(ids(graph, search.search(PathQuery.of(a, graph.indexOf("t"), 3, 2)).paths())).containsExactly("a t",
				"a x t");
	}

	@Test
	void equalScoresRankByFewerHopsThenIds() {
		PathGraph graph = PathGraph.builder(UP, DOWN)
			.knows("s", "b", 0.5f)
			.knows("b", "t", 0.5f)
			.knows("s", "a", 0.5f)
			.knows("a", "t", 0.5f)
			.knows("s", "t", 0.25f)
			.build();
		PathQuery query = PathQuery.of(nodes(graph, "s"), graph.indexOf("t"), 10, 4);

		assertThat(ids(graph, new PathSearch(graph).search(query).paths())).containsExactly("s t", "s a t", "s b t");
	}

	@Test
	void noPathGivesAnEmptyList() {
		PathGraph graph = PathGraph.builder(UP, DOWN).knows("a", "b", 0.5f).knows("c", "d", 0.5f).build();
		PathResult result = new PathSearch(graph).search(PathQuery.of(nodes(graph, "a"), graph.indexOf("d"), 5, 8));

		assertThat(result.paths()).isEmpty();
	}

	@Test
	void reportsSearchStatistics() {
		PathResult result = new PathSearch(this.graph).search(query(10, 4, "wang", "amy", "raj"));

		assertThat(result.stats().spurSearches()).isGreaterThan(1);
		assertThat(result.stats().nodesSettled()).isPositive();
		assertThat(result.stats().nodesLabelled()).isPositive();
		assertThat(result.stats().elapsedNanos()).isPositive();
	}

	private PathQuery query(int k, int maxHops, String target, String... sources) {
		return PathQuery.of(nodes(this.graph, sources), node(target), k, maxHops).withFactors(factors(Map.of()));
	}

	private NodeFactors factors(Map<String, Float> overrides) {
		float[] factors = new float[this.graph.nodeCount()];
		for (int v = 0; v < factors.length; v++) {
			String id = this.graph.id(v);
			factors[v] = overrides.getOrDefault(id, this.attitudes.getOrDefault(id, 1f));
		}
		return NodeFactors.of(factors);
	}

	private int node(String id) {
		return this.graph.indexOf(id);
	}

	private List<RankedPath> search(PathQuery query) {
		return new PathSearch(this.graph).search(query).paths();
	}

	private List<String> ids(List<RankedPath> paths) {
		return ids(this.graph, paths);
	}

	private static List<String> ids(PathGraph graph, List<RankedPath> paths) {
		return paths.stream()
			.map((path) -> String.join(" ", Arrays.stream(path.nodes()).mapToObj(graph::id).toList()))
			.toList();
	}

	private static int[] nodes(PathGraph graph, String... ids) {
		return Arrays.stream(ids).mapToInt(graph::indexOf).toArray();
	}

}
