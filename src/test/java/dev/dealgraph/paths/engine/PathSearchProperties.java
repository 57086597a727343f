package dev.dealgraph.paths.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.assertj.core.data.Offset;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On random small graphs the engine's k best paths equal a brute-force enumeration, with
 * and without via, avoid and tight hop limits; the tied scenarios make equal costs common
 * so the tie-breaks get checked too. Opponents are the nodes whose factor is 0.
 */
class PathSearchProperties {

	/** One generated query, named so that its seed replays it. */
	record Case(long seed, Scenario scenario) {

		@Override
		public String toString() {
			Scenario s = this.scenario;
			String hops = (s.maxHops() == PathQuery.UNLIMITED_HOPS) ? "any hops" : "up to " + s.maxHops() + " hops";
			return String.format("seed %s, %d people, %d ties, k %d, %s%s%s", Seeds.hex(this.seed), s.ids().length,
					s.ties().size(), s.k(), hops, s.via().isEmpty() ? "" : ", via " + s.via(),
					(s.avoid().length == 0) ? "" : ", avoiding " + String.join(" ", s.avoid()));
		}

	}

	@SeededTest
	@MethodSource("plainQueries")
	void kBestEqualBruteForce(Case c) {
		assertEqualsBruteForce(c.scenario());
	}

	@SeededTest
	@MethodSource("viaQueries")
	void kBestThroughViaEqualBruteForce(Case c) {
		assertEqualsBruteForce(c.scenario());
	}

	@SeededTest
	@MethodSource("avoidingQueries")
	void kBestAvoidingNodesEqualBruteForce(Case c) {
		assertEqualsBruteForce(c.scenario());
	}

	@SeededTest
	@MethodSource("tiedQueries")
	void equalCostsAreRankedByHopsThenIds(Case c) {
		assertEqualsBruteForce(c.scenario());
	}

	@SeededTest
	@MethodSource("tiedAvoidingQueries")
	void equalCostsThroughViaAvoidingNodesAreRankedByHopsThenIds(Case c) {
		assertEqualsBruteForce(c.scenario());
	}

	@SeededTest
	@MethodSource("tiedTightHopQueries")
	void equalCostsUnderTightHopLimitsAreRankedByHopsThenIds(Case c) {
		assertEqualsBruteForce(c.scenario());
	}

	@SeededTest
	@MethodSource("checkedQueries")
	void pathsRespectHopsExclusionsViaAndSources(Case c) {
		Scenario scenario = c.scenario();
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
			assertThat(path.score()).isCloseTo(product, Offset.offset(1e-6));
		}
	}

	static Stream<Case> plainQueries() {
		return queries("plainQueries", 2000, 2, false, false, false);
	}

	static Stream<Case> viaQueries() {
		return queries("viaQueries", 2000, 2, true, false, false);
	}

	static Stream<Case> avoidingQueries() {
		return queries("avoidingQueries", 2000, 2, true, true, false);
	}

	static Stream<Case> tiedQueries() {
		return queries("tiedQueries", 5000, 2, false, false, true);
	}

	static Stream<Case> tiedAvoidingQueries() {
		return queries("tiedAvoidingQueries", 5000, 2, true, true, true);
	}

	/** Hop limits from 2 to 4 on at least 4 nodes, where they bind most. */
	static Stream<Case> tiedTightHopQueries() {
		return queries("tiedTightHopQueries", 3000, 4, false, false, true)
			.map((c) -> new Case(c.seed(), c.scenario().withMaxHops(new SplittableRandom(c.seed()).nextInt(2, 5))));
	}

	static Stream<Case> checkedQueries() {
		return queries("checkedQueries", 1000, 2, true, true, false);
	}

	/** Scenarios of {@code minNodes} to 12 nodes, the smallest first. */
	private static Stream<Case> queries(String property, int count, int minNodes, boolean via, boolean avoid,
			boolean tied) {
		return Seeds.cases(property, count, (i, seed) -> new Case(seed,
				Scenario.random(seed, Seeds.ramp(i, count, minNodes, 12), via, avoid, tied)));
	}

	private static void assertEqualsBruteForce(Scenario scenario) {
		PathGraph graph = scenario.graph();
		List<BruteForce.Found> expected = BruteForce.rank(scenario);
		List<RankedPath> actual = new PathSearch(graph).search(scenario.query(graph)).paths();
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
