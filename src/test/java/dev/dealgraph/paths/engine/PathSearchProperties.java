package dev.dealgraph.paths.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

class PathSearchProperties {

	@Property(tries = 2000)
	void kBestEqualBruteForce(@ForAll long seed, @ForAll @IntRange(min = 2, max = 12) int nodes) {
		assertEqualsBruteForce(Scenario.random(seed, nodes, false, false, false));
	}

	@Property(tries = 2000)
	void kBestThroughViaEqualBruteForce(@ForAll long seed, @ForAll @IntRange(min = 2, max = 12) int nodes) {
		assertEqualsBruteForce(Scenario.random(seed, nodes, true, false, false));
	}

	@Property(tries = 2000)
	void kBestAvoidingNodesEqualBruteForce(@ForAll long seed, @ForAll @IntRange(min = 2, max = 12) int nodes) {
		assertEqualsBruteForce(Scenario.random(seed, nodes, true, true, false));
	}

	@Property(tries = 5000)
	void equalCostsAreRankedByHopsThenIds(@ForAll long seed, @ForAll @IntRange(min = 2, max = 12) int nodes) {
		assertEqualsBruteForce(Scenario.random(seed, nodes, false, false, true));
	}

	@Property(tries = 5000)
	void equalCostsThroughViaAvoidingNodesAreRankedByHopsThenIds(@ForAll long seed,
			@ForAll @IntRange(min = 2, max = 12) int nodes) {
		assertEqualsBruteForce(Scenario.random(seed, nodes, true, true, true));
	}

	@Property(tries = 3000)
	void equalCostsUnderTightHopLimitsAreRankedByHopsThenIds(@ForAll long seed,
			@ForAll @IntRange(min = 4, max = 12) int nodes, @ForAll @IntRange(min = 2, max = 4) int maxHops) {
		assertEqualsBruteForce(Scenario.random(seed, nodes, false, false, true).withMaxHops(maxHops));
	}

	@Property(tries = 1000)
	void pathsRespectHopsExclusionsViaAndSources(@ForAll long seed, @ForAll @IntRange(min = 2, max = 12) int nodes) {
		Scenario scenario = Scenario.random(seed, nodes, true, true, false);
		PathGraph graph = scenario.graph();
		PathQuery query = scenario.query(graph);
		Set<String> sources = new HashSet<>(Arrays.asList(scenario.sources()));
		Set<String> avoid = new HashSet<>(Arrays.asList(scenario.avoid()));
		for (RankedPath path : new PathSearch(graph).search(query).paths()) {
			List<String> ids = ids(graph, path);
			assertThat(path.hops()).isBetween(1, scenario.maxHops());
			assertThat(Set.copyOf(ids)).hasSize(ids.size());
			assertThat(ids.get(0)).isIn(sources);
			assertThat(ids.get(ids.size() - 1)).isEqualTo(scenario.target());
			if (!scenario.via().isEmpty()) {
				assertThat(ids).contains(scenario.via());
			}
			for (String intermediate : ids.subList(1, ids.size() - 1)) {
				assertThat(intermediate).isNotIn(sources).isNotIn(avoid);
				assertThat(scenario.factorOf(intermediate)).isPositive();
			}
			assertThat(path.score()).isBetween(0.0, 1.0);
			double product = 1;
			for (int i = 0; i < path.hops(); i++) {
				product *= path.strengths()[i];
				product *= (i > 0) ? scenario.factorOf(ids.get(i)) : 1f;
			}
			assertThat(path.score()).isCloseTo(product, org.assertj.core.data.Offset.offset(1e-6));
		}
	}

	private static void assertEqualsBruteForce(Scenario scenario) {
		PathGraph graph = scenario.graph();
		List<BruteForce.Found> expected = BruteForce.rank(scenario);
		PathResult result = new PathSearch(graph).search(scenario.query(graph));
		List<RankedPath> actual = result.paths();
		Statistics.label("hop-limited search").collect(result.stats().hopLimitedSearches() > 0);
		Statistics.label("paths found").collect(Math.min(actual.size(), 3) + ((actual.size() >= 3) ? "+" : ""));
		List<String> expectedLines = new ArrayList<>();
		for (BruteForce.Found found : expected.subList(0, Math.min(scenario.k(), expected.size()))) {
			expectedLines.add(found.ids() + " " + found.cost());
		}
		List<String> actualLines = new ArrayList<>();
		for (RankedPath path : actual) {
			actualLines.add(ids(graph, path) + " " + Math.round(path.cost() * Costs.SCALE));
		}
		assertThat(actualLines)
			.as("%s ties=%s factors=%s", scenario, scenario.ties(), Arrays.toString(scenario.factorsById()))
			.containsExactlyElementsOf(expectedLines);
	}

	static List<String> ids(PathGraph graph, RankedPath path) {
		List<String> ids = new ArrayList<>();
		for (int node : path.nodes()) {
			ids.add(graph.id(node));
		}
		return ids;
	}

}
