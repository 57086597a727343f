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

	private static void assertSame(PathGraph actual, PathGraph expected) {
		assertThat(actual.nodeCount()).isEqualTo(expected.nodeCount());
		assertThat(actual.arcCount()).isEqualTo(expected.arcCount());
		for (int v = 0; v < expected.nodeCount(); v++) {
			assertThat(actual.id(v)).isEqualTo(expected.id(v));
			assertThat(actual.firstArc(v)).isEqualTo(expected.firstArc(v));
			assertThat(actual.firstInArc(v)).isEqualTo(expected.firstInArc(v));
		}
		for (int arc = 0; arc < expected.arcCount(); arc++) {
			assertThat(actual.target(arc)).isEqualTo(expected.target(arc));
			assertThat(actual.strength(arc)).isEqualTo(expected.strength(arc));
			assertThat(actual.kind(arc)).isEqualTo(expected.kind(arc));
			assertThat(actual.cost(arc)).isEqualTo(expected.cost(arc));
			assertThat(actual.inSource(arc)).isEqualTo(expected.inSource(arc));
			assertThat(actual.inArc(arc)).isEqualTo(expected.inArc(arc));
		}
	}

}
