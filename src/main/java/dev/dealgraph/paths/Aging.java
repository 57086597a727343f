package dev.dealgraph.paths;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.dealgraph.paths.engine.ArcKind;
import dev.dealgraph.paths.engine.PathGraph;
import dev.dealgraph.paths.engine.PathResult;
import dev.dealgraph.paths.engine.RankedPath;
import dev.dealgraph.relationship.Decay;
import dev.dealgraph.relationship.TieDetail;
import dev.dealgraph.relationship.TieType;
import org.jspecify.annotations.Nullable;

/**
 * The paths of one answer scored by the strength their KNOWS ties have left after age
 * ({@link Decay}), worked out from each tie's stored strength, trust level and last
 * contact and the day asked about. The read model keeps ties as recorded, so nothing is
 * rebuilt as days pass: the engine ranks as recorded, and the few best paths are scored
 * again here and re-ranked. Age never raises a score, so once the {@code k}-th best after
 * age scores at least what the last candidate scored as recorded, no path further down
 * can overtake it and the answer is the true best {@code k}; until then the engine is
 * asked for more candidates ({@link #best}).
 */
final class Aging {

	/** Candidates the engine ranks per path asked for, at first. */
	static final int CANDIDATES = 3;

	/** The most candidates ranked per path asked for, however the ranking settles. */
	static final int MOST_CANDIDATES = 40;

	private final Decay decay;

	private final LocalDate today;

	private final Snapshot snapshot;

	Aging(Decay decay, LocalDate today, Snapshot snapshot) {
		this.decay = decay;
		this.today = today;
		this.snapshot = snapshot;
	}

	/** One search of the engine for this many candidates. */
	interface Search {

		PathResult candidates(int count);

	}

	/**
	 * The best {@code k} paths after age from the engine's ranking as recorded, widening
	 * the candidates fourfold each time the ranking is not yet settled, up to
	 * {@link #MOST_CANDIDATES} per path asked for; with the last search's result.
	 */
	Best best(Search search, PathGraph graph, int k) {
		int most = k * MOST_CANDIDATES;
		int count = k * CANDIDATES;
		while (true) {
			PathResult result = search.candidates(count);
			List<RankedPath> found = result.paths();
			List<RankedPath> ranked = reranked(found, graph, k);
			boolean all = found.size() < count;
			if (all || count >= most || ranked.size() < k
					|| score(ranked.get(k - 1), graph) >= found.get(found.size() - 1).score()) {
				return new Best(result, ranked);
			}
			count = Math.min(most, count * 4);
		}
	}

	/** The best paths after age and the search that found them. */
	record Best(PathResult result, List<RankedPath> paths) {
	}

	/**
	 * The best {@code k} of these after age, best first; ties keep the engine's order.
	 */
	List<RankedPath> reranked(List<RankedPath> paths, PathGraph graph, int k) {
		List<RankedPath> sorted = new ArrayList<>(paths);
		sorted.sort(Comparator.comparingDouble((RankedPath path) -> score(path, graph)).reversed());
		return List.copyOf(sorted.subList(0, Math.min(k, sorted.size())));
	}

	/** The path's score with each KNOWS hop at its effective strength. */
	double score(RankedPath path, PathGraph graph) {
		double score = path.score();
		for (int hop = 0; hop < path.hops(); hop++) {
			float recorded = path.strengths()[hop];
			if (path.kind(hop) == ArcKind.KNOWS && recorded > 0) {
				score *= effective(path, hop, graph) / recorded;
			}
		}
		return score;
	}

	Route.Step step(RankedPath path, int hop, PathGraph graph, Individual to) {
		float recorded = path.strengths()[hop];
		if (path.kind(hop) != ArcKind.KNOWS) {
			return new Route.Step(path.kind(hop), recorded, to);
		}
		float effective = (float) effective(path, hop, graph);
		TieDetail tie = tie(path, hop, graph);
		Long months = (tie != null && effective < recorded) ? Decay.monthsAgo(tie.lastContact(), this.today) : null;
		return new Route.Step(ArcKind.KNOWS, effective, to, (months != null && months > 0) ? months : null);
	}

	private double effective(RankedPath path, int hop, PathGraph graph) {
		float recorded = path.strengths()[hop];
		TieDetail tie = tie(path, hop, graph);
		if (tie == null) {
			return recorded;
		}
		return Math.min(recorded, this.decay.effective(recorded, tie.level(), tie.lastContact(), this.today));
	}

	/**
	 * The strength the arc from {@code from} has left after age: a KNOWS tie with one of
	 * our colleagues at its effective strength, anything else as recorded.
	 */
	double strength(int from, int arc, PathGraph graph) {
		float recorded = graph.strength(arc);
		int to = graph.target(arc);
		if (graph.kind(arc) != ArcKind.KNOWS || recorded <= 0
				|| !(this.snapshot.isColleague(from) || this.snapshot.isColleague(to))) {
			return recorded;
		}
		TieDetail tie = tie(from, to, graph);
		if (tie == null) {
			return recorded;
		}
		return Math.min(recorded, this.decay.effective(recorded, tie.level(), tie.lastContact(), this.today));
	}

	private @Nullable TieDetail tie(RankedPath path, int hop, PathGraph graph) {
		return tie(path.nodes()[hop], path.nodes()[hop + 1], graph);
	}

	/** The KNOWS tie between two nodes, looked up under the end with fewer ties. */
	private @Nullable TieDetail tie(int fromNode, int toNode, PathGraph graph) {
		String from = graph.id(fromNode);
		String to = graph.id(toNode);
		List<TieDetail> fromTies = this.snapshot.details().getOrDefault(from, List.of());
		List<TieDetail> toTies = this.snapshot.details().getOrDefault(to, List.of());
		String end = (toTies.size() < fromTies.size()) ? to : from;
		String other = end.equals(from) ? to : from;
		for (TieDetail tie : end.equals(from) ? fromTies : toTies) {
			if (tie.type() == TieType.KNOWS && tie.other(end).equals(other)) {
				return tie;
			}
		}
		return null;
	}

}
