package dev.dealgraph.paths.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every loopless path of a {@link Scenario}, enumerated by depth-first search over arcs
 * derived from the raw ties, ranked by (cost, hops, ids): the oracle the engine must
 * equal.
 */
final class BruteForce {

	record Found(List<String> ids, long cost) {
	}

	static final Comparator<Found> ORDER = Comparator.comparingLong(Found::cost)
		.thenComparingInt((f) -> f.ids().size())
		.thenComparing(Found::ids, BruteForce::compareIds);

	private final Scenario scenario;

	/** Strongest strength per ordered pair "a b". */
	private final Map<String, Map<String, Float>> arcs = new HashMap<>();

	private BruteForce(Scenario scenario) {
		this.scenario = scenario;
		for (Scenario.Tie tie : scenario.ties()) {
			if (tie.from().equals(tie.to())) {
				continue;
			}
			switch (tie.kind()) {
				case KNOWS -> {
					arc(tie.from(), tie.to(), tie.strength());
					arc(tie.to(), tie.from(), tie.strength());
				}
				case INFLUENCES -> arc(tie.from(), tie.to(), tie.strength());
				default -> {
					arc(tie.from(), tie.to(), scenario.up());
					arc(tie.to(), tie.from(), scenario.down());
				}
			}
		}
	}

	private void arc(String from, String to, float strength) {
		this.arcs.computeIfAbsent(from, (f) -> new HashMap<>()).merge(to, strength, Math::max);
	}

	static List<Found> rank(Scenario scenario) {
		return new BruteForce(scenario).all();
	}

	private List<Found> all() {
		Set<String> avoid = new HashSet<>(Arrays.asList(this.scenario.avoid()));
		Set<String> sources = new LinkedHashSet<>(Arrays.asList(this.scenario.sources()));
		String target = this.scenario.target();
		List<Found> found = new ArrayList<>();
		for (String source : sources) {
			if (source.equals(target) || avoid.contains(source) || avoid.contains(target)) {
				continue;
			}
			List<String> path = new ArrayList<>(List.of(source));
			walk(path, new HashSet<>(path), 0L, sources, avoid, found);
		}
		found.sort(ORDER);
		return found;
	}

	private void walk(List<String> path, Set<String> onPath, long cost, Set<String> sources, Set<String> avoid,
			List<Found> found) {
		String last = path.get(path.size() - 1);
		int hops = path.size() - 1;
		if (hops >= this.scenario.maxHops()) {
			return;
		}
		for (Map.Entry<String, Float> arc : this.arcs.getOrDefault(last, Map.of()).entrySet()) {
			String next = arc.getKey();
			long arcCost = Costs.of(arc.getValue());
			if (next.equals(this.scenario.target())) {
				List<String> complete = new ArrayList<>(path);
				complete.add(next);
				if (this.scenario.via().isEmpty() || complete.contains(this.scenario.via())) {
					found.add(new Found(complete, cost + arcCost));
				}
				continue;
			}
			float factor = this.scenario.factorOf(next);
			if (onPath.contains(next) || sources.contains(next) || avoid.contains(next) || factor == 0f) {
				continue;
			}
			path.add(next);
			onPath.add(next);
			walk(path, onPath, cost + arcCost + Costs.of(factor), sources, avoid, found);
			path.remove(path.size() - 1);
			onPath.remove(next);
		}
	}

	static int compareIds(List<String> a, List<String> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int c = a.get(i).compareTo(b.get(i));
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

}
