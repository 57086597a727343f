package dev.dealgraph.paths;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.dealgraph.deal.StakeholderFacts;
import dev.dealgraph.paths.engine.NodeFactors;
import dev.dealgraph.paths.engine.PathGraph;
import dev.dealgraph.paths.engine.PathQuery;
import dev.dealgraph.paths.engine.PathResult;
import dev.dealgraph.paths.engine.PathSearch;
import dev.dealgraph.paths.engine.RankedPath;
import dev.dealgraph.person.IndividualCard;
import dev.dealgraph.relationship.Decay;
import dev.dealgraph.system.Callers;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Answers path questions from the in-memory read model ({@link PathProjection}) as the
 * caller sees it ({@link Sight}): checks the request once ({@link PathQuestions}), runs
 * the engine for each target, and explains every path in words in the language asked for.
 * No round trip to Neo4j, not even for the access check.
 */
@Service
class PathFinder {

	private final PathProjection projection;

	private final PathSettings settings;

	private final MessageSource messages;

	private final Decay decay;

	PathFinder(PathProjection projection, PathSettings settings, MessageSource messages, Decay decay) {
		this.projection = projection;
		this.settings = settings;
		this.messages = messages;
		this.decay = decay;
	}

	PathAnswer forDeal(String dealId, PathRequest request, Locale locale) {
		Snapshot snapshot = this.projection.snapshot();
		Sight sight = snapshot.sight(Callers.scope(), this.settings);
		return answer(PathQuestions.forDeal(dealId, request, snapshot, sight, this.settings), snapshot, locale,
				aging(request));
	}

	/**
	 * A deal's paths answered from a given state as a given caller sees it, so a caller's
	 * reads agree with it.
	 */
	PathAnswer answer(String dealId, PathRequest request, Snapshot snapshot, Sight sight, Locale locale) {
		return answer(PathQuestions.forDeal(dealId, request, snapshot, sight, this.settings), snapshot, locale,
				aging(request));
	}

	PathAnswer forPerson(String personId, PathRequest request, Locale locale) {
		Snapshot snapshot = this.projection.snapshot();
		Sight sight = snapshot.sight(Callers.scope(), this.settings);
		return answer(PathQuestions.forPerson(personId, request, snapshot, sight, this.settings), snapshot, locale,
				aging(request));
	}

	/** The day ties are aged to, or null when the request scores them as recorded. */
	private @Nullable LocalDate aging(PathRequest request) {
		return decays(request.decay()) ? this.decay.today() : null;
	}

	/** Whether ties are aged: as asked, else {@code dealgraph.decay.by-default}. */
	boolean decays(@Nullable Boolean asked) {
		return (asked != null) ? asked : this.decay.byDefault();
	}

	/** Ties aged to today in this state, or null when {@code aged} is false. */
	@Nullable Aging aging(boolean aged, Snapshot snapshot) {
		return aged ? new Aging(this.decay, this.decay.today(), snapshot) : null;
	}

	private PathAnswer answer(PathQuestion question, Snapshot snapshot, Locale locale, @Nullable LocalDate today) {
		Aging aging = (today != null) ? new Aging(this.decay, today, snapshot) : null;
		Found found = search(question, snapshot, aging);
		PathGraph graph = snapshot.graph();
		Set<String> mentioned = new LinkedHashSet<>(question.targets());
		found.paths().values().forEach((paths) -> paths.forEach((path) -> {
			for (int node : path.nodes()) {
				mentioned.add(graph.id(node));
			}
		}));
		Map<String, Individual> people = individuals(mentioned, question.facts(), snapshot);
		Explanations words = new Explanations(this.messages, locale);
		List<PathAnswer.Target> answers = new ArrayList<>();
		List<Route> allRoutes = new ArrayList<>();
		for (String target : question.targets()) {
			List<Route> routes = new ArrayList<>();
			List<RankedPath> paths = found.paths().get(target);
			for (int i = 0; i < paths.size(); i++) {
				routes.add(route(i + 1, paths.get(i), graph, people, question.decides(target), words, aging));
			}
			allRoutes.addAll(routes);
			Individual person = people.get(target);
			answers
				.add(new PathAnswer.Target(person, routes, routes.isEmpty() ? words.noPath(question, person) : null));
		}
		return new PathAnswer(question.dealId(), answers, reason(question, allRoutes.isEmpty(), words),
				new PathAnswer.Query(question.sources(), question.k(), question.maxHops(), question.via(),
						question.avoid(), question.includeOpponents()),
				this.settings, found.stats(graph, snapshot), BrowserQueries.draw(allRoutes));
	}

	private static Found search(PathQuestion question, Snapshot snapshot, @Nullable Aging aging) {
		PathGraph graph = snapshot.graph();
		int[] sourceNodes = question.sources().stream().mapToInt(graph::indexOf).filter((n) -> n >= 0).toArray();
		int[] avoidNodes = question.avoid().stream().mapToInt(graph::indexOf).filter((n) -> n >= 0).toArray();
		int viaNode = (question.via() != null) ? graph.indexOf(question.via()) : PathQuery.NO_VIA;
		Found found = new Found(new HashMap<>());
		PathSearch search = snapshot.borrow();
		try {
			for (String target : question.targets()) {
				int targetNode = graph.indexOf(target);
				if (sourceNodes.length == 0 || targetNode < 0 || (question.via() != null && viaNode < 0)) {
					found.paths().put(target, List.of());
					continue;
				}
				Aging.Search candidates = (count) -> {
					PathQuery query = PathQuery.of(sourceNodes, targetNode, count, question.maxHops())
						.withAvoid(avoidNodes)
						.withFactors(NodeFactors.of(question.factors()));
					return search.search((question.via() != null) ? query.withVia(viaNode) : query);
				};
				if (aging == null) {
					PathResult result = candidates.candidates(question.k());
					found.add(target, result, result.paths());
				}
				else {
					// ranked as recorded, then again after age, with more candidates
					// until no path further down can overtake
					Aging.Best best = aging.best(candidates, graph, question.k());
					found.add(target, best.result(), best.paths());
				}
			}
		}
		finally {
			snapshot.release(search);
		}
		return found;
	}

	private static @Nullable String reason(PathQuestion question, boolean noRoute, Explanations words) {
		if (question.noDecisionMaker()) {
			return words.noDecisionMaker();
		}
		if (!noRoute) {
			return null;
		}
		return question.sources().isEmpty() ? words.noSources(question.dealId() != null)
				: words.unreachable(question.sources(), question.maxHops());
	}

	private static Route route(int rank, RankedPath path, PathGraph graph, Map<String, Individual> people,
			boolean toDecisionMaker, Explanations words, @Nullable Aging aging) {
		List<Route.Step> steps = new ArrayList<>();
		for (int hop = 0; hop < path.hops(); hop++) {
			Individual to = people.get(graph.id(path.nodes()[hop + 1]));
			steps.add((aging != null) ? aging.step(path, hop, graph, to)
					: new Route.Step(path.kind(hop), path.strengths()[hop], to));
		}
		Individual start = people.get(graph.id(path.nodes()[0]));
		double score = (aging != null) ? aging.score(path, graph) : path.score();
		return new Route(rank, score, path.hops(), start, steps, words.sentence(start, steps, toDecisionMaker));
	}

	private static Map<String, Individual> individuals(Set<String> ids, Map<String, StakeholderFacts> facts,
			Snapshot snapshot) {
		Map<String, Individual> people = new HashMap<>();
		for (String id : ids) {
			int node = snapshot.node(id);
			if (node < 0) {
				continue;
			}
			IndividualCard card = snapshot.card(node);
			StakeholderFacts fact = facts.get(id);
			people.put(id,
					new Individual(id, card.name(), card.title(), card.side(),
							(fact != null) ? fact.roles() : List.of(), (fact != null) ? fact.attitude() : null,
							(fact != null) ? fact.influence() : null));
		}
		return people;
	}

	/** Each target's ranked paths, with the search statistics summed over targets. */
	private static final class Found {

		private final Map<String, List<RankedPath>> paths;

		private long settled;

		private long labelled;

		private int spurs;

		private int hopLimited;

		private long nanos;

		Found(Map<String, List<RankedPath>> paths) {
			this.paths = paths;
		}

		Map<String, List<RankedPath>> paths() {
			return this.paths;
		}

		void add(String target, PathResult result, List<RankedPath> ranked) {
			this.paths.put(target, ranked);
			this.settled += result.stats().nodesSettled();
			this.labelled += result.stats().nodesLabelled();
			this.spurs += result.stats().spurSearches();
			this.hopLimited += result.stats().hopLimitedSearches();
			this.nanos += result.stats().elapsedNanos();
		}

		PathAnswer.Stats stats(PathGraph graph, Snapshot snapshot) {
			return new PathAnswer.Stats(this.settled, this.labelled, this.spurs, this.hopLimited, this.nanos / 1e6,
					graph.nodeCount(), graph.arcCount(), snapshot.position().toString());
		}

	}

}
