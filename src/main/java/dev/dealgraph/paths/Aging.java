package dev.dealgraph.paths;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.dealgraph.paths.engine.ArcKind;
import dev.dealgraph.paths.engine.PathGraph;
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
 * again here and re-ranked.
 */
final class Aging {

	/** Candidates the engine ranks per path asked for. */
	static final int CANDIDATES = 3;

	private final Decay decay;

	private final LocalDate today;

	private final Snapshot snapshot;

	Aging(Decay decay, LocalDate today, Snapshot snapshot) {
		this.decay = decay;
		this.today = today;
		this.snapshot = snapshot;
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

	private @Nullable TieDetail tie(RankedPath path, int hop, PathGraph graph) {
		String from = graph.id(path.nodes()[hop]);
		String to = graph.id(path.nodes()[hop + 1]);
		for (TieDetail tie : this.snapshot.details().getOrDefault(from, List.of())) {
			if (tie.type() == TieType.KNOWS && tie.other(from).equals(to)) {
				return tie;
			}
		}
		return null;
	}

}
