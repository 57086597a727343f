package dev.dealgraph.paths.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PathGraphTests {

	@Test
	void numbersNodesInIdOrder() {
		PathGraph graph = PathGraph.builder(0.9f, 0.6f).knows("zoe", "amy", 0.5f).knows("mia", "amy", 0.5f).build();

		assertThat(graph.nodeCount()).isEqualTo(3);
		assertThat(graph.id(0)).isEqualTo("amy");
		assertThat(graph.id(1)).isEqualTo("mia");
		assertThat(graph.id(2)).isEqualTo("zoe");
		assertThat(graph.indexOf("mia")).isEqualTo(1);
		assertThat(graph.indexOf("nobody")).isEqualTo(-1);
	}

	@Test
	void knowsIsAnArcBothWays() {
		PathGraph graph = PathGraph.builder(0.9f, 0.6f).knows("amy", "bob", 0.7f).build();

		assertArc(graph, "amy", "bob", ArcKind.KNOWS, 0.7f);
		assertArc(graph, "bob", "amy", ArcKind.KNOWS, 0.7f);
	}

	@Test
	void influencesIsAnArcForwardOnly() {
		PathGraph graph = PathGraph.builder(0.9f, 0.6f).influences("amy", "bob", 0.7f).build();

		assertArc(graph, "amy", "bob", ArcKind.INFLUENCES, 0.7f);
		assertThat(graph.arc(graph.indexOf("bob"), graph.indexOf("amy"))).isEqualTo(-1);
	}

	@Test
	void reportsToIsStrongerUpwardThanDownward() {
		PathGraph graph = PathGraph.builder(0.9f, 0.6f).reportsTo("dev", "cto").build();

		assertArc(graph, "dev", "cto", ArcKind.REPORTS_TO_UP, 0.9f);
		assertArc(graph, "cto", "dev", ArcKind.REPORTS_TO_DOWN, 0.6f);
	}

	@Test
	void keepsTheStrongestTieBetweenTheSamePair() {
		PathGraph graph = PathGraph.builder(0.9f, 0.6f)
			.knows("dev", "cto", 0.5f)
			.reportsTo("dev", "cto")
			.influences("cto", "dev", 0.8f)
			.knows("dev", "cto", 0.3f)
			.build();

		assertThat(graph.arcCount()).isEqualTo(2);
		assertArc(graph, "dev", "cto", ArcKind.REPORTS_TO_UP, 0.9f);
		assertArc(graph, "cto", "dev", ArcKind.INFLUENCES, 0.8f);
	}

	@Test
	void equalStrengthsKeepTheKnowsTie() {
		PathGraph graph = PathGraph.builder(0.9f, 0.6f).influences("a", "b", 0.5f).knows("a", "b", 0.5f).build();

		assertArc(graph, "a", "b", ArcKind.KNOWS, 0.5f);
	}

	@Test
	void indexesArcsBackward() {
		PathGraph graph = PathGraph.builder(0.9f, 0.6f)
			.influences("c", "b", 0.5f)
			.influences("a", "b", 0.4f)
			.knows("b", "d", 0.3f)
			.build();
		int b = graph.indexOf("b");

		assertThat(graph.endInArc(b) - graph.firstInArc(b)).isEqualTo(3);
		for (int i = graph.firstInArc(b); i < graph.endInArc(b); i++) {
			int arc = graph.inArc(i);
			assertThat(graph.target(arc)).isEqualTo(b);
			assertThat(graph.arc(graph.inSource(i), b)).isEqualTo(arc);
		}
		assertThat(graph.id(graph.inSource(graph.firstInArc(b)))).isEqualTo("a");
	}

	@Test
	void ignoresSelfTies() {
		PathGraph graph = PathGraph.builder(0.9f, 0.6f).knows("amy", "amy", 0.5f).build();

		assertThat(graph.nodeCount()).isEqualTo(1);
		assertThat(graph.arcCount()).isZero();
	}

	@Test
	void rejectsStrengthsOutsideZeroToOne() {
		PathGraphBuilder builder = PathGraph.builder(0.9f, 0.6f);

		assertThatIllegalArgumentException().isThrownBy(() -> builder.knows("a", "b", 0f));
		assertThatIllegalArgumentException().isThrownBy(() -> builder.knows("a", "b", 1.5f));
		assertThatIllegalArgumentException().isThrownBy(() -> builder.influences("a", "b", Float.NaN));
		assertThatIllegalArgumentException().isThrownBy(() -> PathGraph.builder(0f, 0.5f));
	}

	private static void assertArc(PathGraph graph, String from, String to, ArcKind kind, float strength) {
		int arc = graph.arc(graph.indexOf(from), graph.indexOf(to));
		assertThat(arc).isNotNegative();
		assertThat(graph.kind(arc)).isEqualTo(kind);
		assertThat(graph.strength(arc)).isEqualTo(strength);
		assertThat(graph.cost(arc)).isEqualTo(Costs.of(strength));
	}

}
