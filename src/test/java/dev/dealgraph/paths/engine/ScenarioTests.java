package dev.dealgraph.paths.engine;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Guards the generator rather than the engine: properties over cases that never bind a
 * hop limit, never fill k or always find a path would check little.
 */
class ScenarioTests {

	@Test
	void generatedQueriesBindHopLimitsFillKAndSometimesFindNothing() {
		assumeFalse(Seeds.replaying(), "replaying one seed");
		int cases = 0;
		int hopLimited = 0;
		int filled = 0;
		int empty = 0;
		Stream<PathSearchProperties.Case> queries = Stream.concat(PathSearchProperties.avoidingQueries(),
				PathSearchProperties.tiedTightHopQueries());
		for (PathSearchProperties.Case c : (Iterable<PathSearchProperties.Case>) queries::iterator) {
			PathGraph graph = c.scenario().graph();
			PathResult result = new PathSearch(graph).search(c.scenario().query(graph));
			cases++;
			hopLimited += (result.stats().hopLimitedSearches() > 0) ? 1 : 0;
			filled += (result.paths().size() == c.scenario().k()) ? 1 : 0;
			empty += result.paths().isEmpty() ? 1 : 0;
		}
		int tenth = cases / 10;
		assertThat(List.of(hopLimited, filled, empty)).as("hop-limited, filled, empty of %d", cases)
			.allSatisfy((count) -> assertThat(count).isGreaterThan(tenth));
	}

}
