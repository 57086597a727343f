package dev.dealgraph.paths;

import java.util.HashMap;
import java.util.Map;

import dev.dealgraph.paths.engine.PathGraph;

/**
 * The best score from any source to every node within a hop limit, in one sweep: a
 * Bellman-Ford over hop layers, each layer relaxing only from the nodes the previous one
 * improved. Factors are at most 1, so removing a cycle never lowers a score: the best
 * walk found is a best loopless path, with the same score the engine's k=1 answer has
 * (ties between equal scores may pick another path).
 */
final class ReachTree {

	private ReachTree() {
	}

	/**
	 * A node's best label so far: score, hops, the source and the first node after it.
	 */
	private record Label(double score, int hops, int source, int first) {
	}

	static Map<Integer, Reach> from(PathGraph graph, int[] sources, float[] factors, int maxHops) {
		Map<Integer, Label> best = new HashMap<>();
		Map<Integer, Label> frontier = new HashMap<>();
		for (int source : sources) {
			Label start = new Label(1.0, 0, source, -1);
			best.put(source, start);
			frontier.put(source, start);
		}
		for (int hop = 1; hop <= maxHops && !frontier.isEmpty(); hop++) {
			Map<Integer, Label> improved = new HashMap<>();
			for (Map.Entry<Integer, Label> entry : frontier.entrySet()) {
				int node = entry.getKey();
				Label label = entry.getValue();
				double carried = label.score() * ((label.hops() == 0) ? 1f : factors[node]);
				if (carried <= 0) {
					continue;
				}
				for (int arc = graph.firstArc(node); arc < graph.endArc(node); arc++) {
					int next = graph.target(arc);
					double score = carried * graph.strength(arc);
					Label known = best.get(next);
					if (known != null && (known.score() >= score || known.hops() == 0)) {
						continue;
					}
					Label reached = new Label(score, hop, label.source(), (label.hops() == 0) ? next : label.first());
					best.put(next, reached);
					improved.put(next, reached);
				}
			}
			frontier = improved;
		}
		Map<Integer, Reach> reach = new HashMap<>();
		best.forEach((node, label) -> {
			if (label.hops() > 0) {
				reach.put(node,
						new Reach(label.score(), label.hops(), graph.id(label.source()), graph.id(label.first())));
			}
		});
		return reach;
	}

}
