package dev.dealgraph.paths.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A patched graph must be the graph a fresh build of the same people and ties gives,
 * array for array: the path engine's tie-breaks depend on node numbers and arc order.
 */
class PathGraphPatchProperties {

	private static final int CASES = 3000;

	private static final float UP = 0.9f;

	private static final float DOWN = 0.6f;

	/** One tie as the projection reads it. */
	private record Tie(String from, String to, int type, float strength) {

		boolean touches(Set<String> ids) {
			return ids.contains(this.from) || ids.contains(this.to);
		}

	}

	/** One generated graph and patch, named so that its seed replays it. */
	record Case(long seed, int people, int touches) {

		@Override
		public String toString() {
			return String.format("seed %s, %d people, %d touched", Seeds.hex(this.seed), this.people, this.touches);
		}

	}

	/** 1 to 14 people, the fewest first; 0 to 6 touches. */
	static Stream<Case> patches() {
		return Seeds.cases("patches", CASES,
				(i, seed) -> new Case(seed, Seeds.ramp(i, CASES, 1, 14), new SplittableRandom(seed).nextInt(7)));
	}

	@SeededTest
	@MethodSource("patches")
	void patchEqualsFreshBuild(Case c) {
		int people = c.people();
		int touches = c.touches();
		Random random = new Random(c.seed());
		Set<String> before = new TreeSet<>();
		for (int i = 0; i < people; i++) {
			before.add(id(random));
		}
		List<Tie> ties = randomTies(random, List.copyOf(before), null, people * 2);
		PathGraph old = build(before, ties);

		// touch some: remove a few, add new ones, and redraw every tie at a touched one
		Set<String> after = new TreeSet<>(before);
		Set<String> touched = new TreeSet<>();
		Set<String> removed = new TreeSet<>();
		for (int i = 0; i < touches; i++) {
			String id = id(random);
			touched.add(id);
			if (random.nextInt(4) == 0 && after.contains(id)) {
				after.remove(id);
				removed.add(id);
			}
			else {
				after.add(id);
				removed.remove(id);
			}
		}
		List<Tie> kept = ties.stream().filter((tie) -> !tie.touches(touched)).toList();
		Set<String> present = new TreeSet<>(touched);
		present.removeAll(removed);
		List<Tie> redrawn = present.isEmpty() ? List.of()
				: randomTies(random, List.copyOf(after), List.copyOf(present), random.nextInt(3 * present.size() + 1));
		List<Tie> now = new ArrayList<>(kept);
		now.addAll(redrawn);

		PathGraphPatch patch = old.patch(UP, DOWN);
		removed.forEach(patch::remove);
		present.forEach(patch::node);
		// each touched end reports its ties, so a tie between two touched ends comes
		// twice
		for (Tie tie : redrawn) {
			add(patch, tie);
			if (present.contains(tie.from()) && present.contains(tie.to())) {
				add(patch, tie);
			}
		}
		PathGraph patched = patch.apply();

		assertSame(patched, build(after, now));
		int[] map = patch.oldToNew();
		for (int v = 0; v < old.nodeCount(); v++) {
			assertThat(map[v]).isEqualTo(patched.indexOf(old.id(v)));
		}
	}

	private static String id(Random random) {
		return "p" + random.nextInt(18);
	}

	/** Ties among {@code ids}, each with an end among {@code ends} when given. */
	private static List<Tie> randomTies(Random random, List<String> ids, List<String> ends, int count) {
		List<Tie> ties = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String a = (ends != null) ? ends.get(random.nextInt(ends.size())) : ids.get(random.nextInt(ids.size()));
			String b = ids.get(random.nextInt(ids.size()));
			if (random.nextBoolean()) {
				String swap = a;
				a = b;
				b = swap;
			}
			float strength = (random.nextInt(4) + 1) / 4f;
			ties.add(new Tie(a, b, random.nextInt(3), strength));
		}
		return ties;
	}

	private static PathGraph build(Set<String> people, List<Tie> ties) {
		PathGraphBuilder builder = PathGraph.builder(UP, DOWN);
		people.forEach(builder::node);
		for (Tie tie : ties) {
			switch (tie.type()) {
				case 0 -> builder.knows(tie.from(), tie.to(), tie.strength());
				case 1 -> builder.influences(tie.from(), tie.to(), tie.strength());
				default -> builder.reportsTo(tie.from(), tie.to());
			}
		}
		return builder.build();
	}

	private static void add(PathGraphPatch patch, Tie tie) {
		switch (tie.type()) {
			case 0 -> patch.knows(tie.from(), tie.to(), tie.strength());
			case 1 -> patch.influences(tie.from(), tie.to(), tie.strength());
			default -> patch.reportsTo(tie.from(), tie.to());
		}
	}

	/** 8 to 30 people, then 40 patches in a row, some of them of an older graph. */
	static Stream<Case> successions() {
		return Seeds.cases("successions", 300, (i, seed) -> new Case(seed, Seeds.ramp(i, 300, 8, 30), 40));
	}

	/**
	 * Patch after patch, most of them adding and removing nobody (so they append to the
	 * graph they patch) and some patching an older graph again (so they compact first):
	 * each result must be what a fresh build gives, and answer every query alike.
	 */
	@SeededTest
	@MethodSource("successions")
	void successivePatchesEqualFreshBuilds(Case c) {
		Random random = new Random(c.seed());
		Set<String> people = new TreeSet<>();
		while (people.size() < c.people()) {
			people.add("q" + random.nextInt(2 * c.people()));
		}
		List<Tie> ties = randomTies(random, List.copyOf(people), null, people.size() * 3);
		List<PathGraph> graphs = new ArrayList<>(List.of(build(people, ties)));
		List<Set<String>> peopleThen = new ArrayList<>(List.of(Set.copyOf(people)));
		List<List<Tie>> tiesThen = new ArrayList<>(List.of(List.copyOf(ties)));
		for (int step = 0; step < c.touches(); step++) {
			// mostly the newest graph; now and then an older one again
			int from = (random.nextInt(6) == 0) ? random.nextInt(graphs.size()) : graphs.size() - 1;
			Set<String> after = new TreeSet<>(peopleThen.get(from));
			List<Tie> before = tiesThen.get(from);
			Set<String> touched = new TreeSet<>();
			Set<String> removed = new TreeSet<>();
			for (int i = random.nextInt(3); i >= 0; i--) {
				List<String> all = List.copyOf(after);
				String id = all.get(random.nextInt(all.size()));
				if (random.nextInt(10) == 0) {
					id = "q" + random.nextInt(2 * c.people() + 4);
				}
				touched.add(id);
				if (random.nextInt(12) == 0 && after.size() > 2) {
					after.remove(id);
					removed.add(id);
				}
				else {
					after.add(id);
					removed.remove(id);
				}
			}
			Set<String> present = new TreeSet<>(touched);
			present.removeAll(removed);
			List<Tie> kept = before.stream().filter((tie) -> !tie.touches(touched)).toList();
			// the touched ones keep most of their ties and gain or lose a few
			List<Tie> redrawn = new ArrayList<>(before.stream()
				.filter((tie) -> tie.touches(touched) && !tie.touches(removed) && random.nextInt(5) > 0)
				.toList());
			if (!present.isEmpty()) {
				redrawn.addAll(randomTies(random, List.copyOf(after), List.copyOf(present), random.nextInt(4)));
			}
			List<Tie> now = new ArrayList<>(kept);
			now.addAll(redrawn);
			PathGraphPatch patch = graphs.get(from).patch(UP, DOWN);
			removed.forEach(patch::remove);
			present.forEach(patch::node);
			redrawn.forEach((tie) -> add(patch, tie));
			PathGraph patched = patch.apply();
			PathGraph fresh = build(after, now);
			assertSame(patched, fresh);
			assertAnswersAlike(patched, fresh, random);
			graphs.add(patched);
			peopleThen.add(Set.copyOf(after));
			tiesThen.add(List.copyOf(now));
		}
	}

	/** The same k best paths, by ids and cost, for a few random queries. */
	private static void assertAnswersAlike(PathGraph actual, PathGraph expected, Random random) {
		int n = expected.nodeCount();
		for (int q = 0; q < 3; q++) {
			int source = random.nextInt(n);
			int target = random.nextInt(n);
			if (source == target) {
				continue;
			}
			int k = 1 + random.nextInt(6);
			int maxHops = random.nextBoolean() ? PathQuery.UNLIMITED_HOPS : 2 + random.nextInt(3);
			float[] factors = new float[n];
			for (int v = 0; v < n; v++) {
				factors[v] = (random.nextInt(6) == 0) ? 0f : (random.nextInt(4) + 1) / 4f;
			}
			assertThat(answer(actual, actual.indexOf(expected.id(source)), actual.indexOf(expected.id(target)), k,
					maxHops, actual, expected, factors))
				.isEqualTo(answer(expected, source, target, k, maxHops, expected, expected, factors));
		}
	}

	private static List<String> answer(PathGraph graph, int source, int target, int k, int maxHops, PathGraph numbering,
			PathGraph factorNumbering, float[] factors) {
		NodeFactors byId = (node) -> factors[factorNumbering.indexOf(numbering.id(node))];
		PathQuery query = PathQuery.of(new int[] { source }, target, k, maxHops).withFactors(byId);
		List<String> lines = new ArrayList<>();
		for (RankedPath path : new PathSearch(graph).search(query).paths()) {
			lines.add(PathSearchProperties.ids(graph, path) + " " + Math.round(path.cost() * Costs.SCALE));
		}
		return lines;
	}

	/**
	 * Equal node for node: ids, each slice arc for arc, each incoming list entry for
	 * entry (by source, and naming an arc just like the source's arc into the node). Arc
	 * numbers may differ, since a patch appends the slices it changes.
	 */
	private static void assertSame(PathGraph actual, PathGraph expected) {
		assertThat(actual.nodeCount()).isEqualTo(expected.nodeCount());
		assertThat(actual.arcCount()).isEqualTo(expected.arcCount());
		for (int v = 0; v < expected.nodeCount(); v++) {
			assertThat(actual.id(v)).isEqualTo(expected.id(v));
			int first = actual.firstArc(v);
			int expectedFirst = expected.firstArc(v);
			assertThat(actual.endArc(v) - first).isEqualTo(expected.endArc(v) - expectedFirst);
			for (int i = 0; i < expected.endArc(v) - expectedFirst; i++) {
				assertThat(actual.target(first + i)).isEqualTo(expected.target(expectedFirst + i));
				assertThat(actual.strength(first + i)).isEqualTo(expected.strength(expectedFirst + i));
				assertThat(actual.kind(first + i)).isEqualTo(expected.kind(expectedFirst + i));
				assertThat(actual.cost(first + i)).isEqualTo(expected.cost(expectedFirst + i));
			}
			int in = actual.firstInArc(v);
			int expectedIn = expected.firstInArc(v);
			assertThat(actual.endInArc(v) - in).isEqualTo(expected.endInArc(v) - expectedIn);
			for (int i = 0; i < expected.endInArc(v) - expectedIn; i++) {
				int source = actual.inSource(in + i);
				int arc = actual.inArc(in + i);
				assertThat(source).isEqualTo(expected.inSource(expectedIn + i));
				int current = actual.arc(source, v);
				assertThat(current).isNotNegative();
				assertThat(actual.target(arc)).isEqualTo(v);
				assertThat(actual.strength(arc)).isEqualTo(actual.strength(current));
				assertThat(actual.kind(arc)).isEqualTo(actual.kind(current));
				assertThat(actual.cost(arc)).isEqualTo(actual.cost(current));
			}
		}
	}

}
