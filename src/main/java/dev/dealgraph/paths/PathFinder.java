package dev.dealgraph.paths;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.dealgraph.deal.Attitude;
import dev.dealgraph.paths.engine.NodeFactors;
import dev.dealgraph.paths.engine.PathGraph;
import dev.dealgraph.paths.engine.PathQuery;
import dev.dealgraph.paths.engine.PathResult;
import dev.dealgraph.paths.engine.PathSearch;
import dev.dealgraph.paths.engine.RankedPath;
import dev.dealgraph.system.Ids;
import dev.dealgraph.system.InvalidInputException;
import dev.dealgraph.system.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Answers path questions from the in-memory read model ({@link PathProjection}): takes
 * the deal's team and facts from it, applies attitudes as node factors, runs the engine
 * for each target, and explains every path in words. No round trip to Neo4j.
 */
@Service
class PathFinder {

	private final PathProjection projection;

	private final PathSettings settings;

	PathFinder(PathProjection projection, PathSettings settings) {
		this.projection = projection;
		this.settings = settings;
	}

	PathAnswer forDeal(String dealId, PathRequest request) {
		Ids.require("dealId", dealId);
		int k = limit("k", request.k(), this.settings.defaultK(), this.settings.maxK());
		int maxHops = limit("maxHops", request.maxHops(), this.settings.defaultMaxHops(), this.settings.maxMaxHops());
		PathProjection.Snapshot snapshot = this.projection.snapshot();
		DealFacts deal = snapshot.deals().get(dealId);
		if (deal == null) {
			throw new NotFoundException("deal", dealId);
		}
		Map<String, DealFacts.Facts> facts = deal.stakeholders();
		List<String> sources = sources(request.from(), deal.team(), snapshot);
		List<String> targets;
		String noTargets = null;
		if (request.to() != null) {
			targets = List.of(person("to", request.to(), snapshot));
		}
		else {
			targets = facts.entrySet()
				.stream()
				.filter((e) -> e.getValue().decides())
				.map(Map.Entry::getKey)
				.sorted()
				.toList();
			if (targets.isEmpty()) {
				noTargets = "No decision-maker is identified on this deal yet. Mark who gives the final approval with "
						+ "the role DECISION_MAKER, or ask for a named person with to=.";
			}
		}
		float[] factors = new float[snapshot.graph().nodeCount()];
		Arrays.fill(factors, this.settings.unknown());
		snapshot.colleagues().stream().forEach((node) -> factors[node] = this.settings.colleague());
		facts.forEach((id, fact) -> {
			int node = snapshot.node(id);
			if (node >= 0) {
				factors[node] = (fact.attitude() == Attitude.OPPONENT && !request.includeOpponents()) ? 0f
						: this.settings.factor(fact.attitude());
			}
		});
		return answer(dealId, sources, targets, noTargets, request, k, maxHops, snapshot, factors, facts);
	}

	PathAnswer forPerson(String personId, PathRequest request) {
		int k = limit("k", request.k(), this.settings.defaultK(), this.settings.maxK());
		int maxHops = limit("maxHops", request.maxHops(), this.settings.defaultMaxHops(), this.settings.maxMaxHops());
		PathProjection.Snapshot snapshot = this.projection.snapshot();
		String target = person("personId", personId, snapshot);
		List<String> from = (request.from() != null) ? request.from() : List.of("all");
		List<String> sources = sources(from, List.of(), snapshot);
		float[] factors = new float[snapshot.graph().nodeCount()];
		Arrays.fill(factors, this.settings.unknown());
		snapshot.colleagues().stream().forEach((node) -> factors[node] = this.settings.colleague());
		return answer(null, sources, List.of(target), null, request, k, maxHops, snapshot, factors, Map.of());
	}

	private PathAnswer answer(@Nullable String dealId, List<String> sources, List<String> targets,
			@Nullable String noTargets, PathRequest request, int k, int maxHops, PathProjection.Snapshot snapshot,
			float[] factors, Map<String, DealFacts.Facts> facts) {
		PathGraph graph = snapshot.graph();
		List<String> avoid = request.avoid()
			.stream()
			.map((id) -> individual("avoid", id, snapshot))
			.distinct()
			.toList();
		String via = (request.via() != null) ? individual("via", request.via(), snapshot) : null;
		int[] sourceNodes = sources.stream().mapToInt(graph::indexOf).filter((n) -> n >= 0).toArray();
		int[] avoidNodes = avoid.stream().mapToInt(graph::indexOf).filter((n) -> n >= 0).toArray();
		int viaNode = (via != null) ? graph.indexOf(via) : PathQuery.NO_VIA;

		Map<String, List<RankedPath>> found = new HashMap<>();
		long settled = 0;
		long labelled = 0;
		int spurs = 0;
		int hopLimited = 0;
		long nanos = 0;
		PathSearch search = snapshot.borrow();
		try {
			for (String target : targets) {
				int targetNode = graph.indexOf(target);
				if (sourceNodes.length == 0 || targetNode < 0 || (via != null && viaNode < 0)) {
					found.put(target, List.of());
					continue;
				}
				PathQuery query = PathQuery.of(sourceNodes, targetNode, k, maxHops)
					.withAvoid(avoidNodes)
					.withFactors(NodeFactors.of(factors));
				if (via != null) {
					query = query.withVia(viaNode);
				}
				PathResult result = search.search(query);
				found.put(target, result.paths());
				settled += result.stats().nodesSettled();
				labelled += result.stats().nodesLabelled();
				spurs += result.stats().spurSearches();
				hopLimited += result.stats().hopLimitedSearches();
				nanos += result.stats().elapsedNanos();
			}
		}
		finally {
			snapshot.release(search);
		}

		Set<String> mentioned = new LinkedHashSet<>(targets);
		found.values().forEach((paths) -> paths.forEach((path) -> {
			for (int node : path.nodes()) {
				mentioned.add(graph.id(node));
			}
		}));
		Map<String, Individual> people = individuals(mentioned, facts, snapshot);
		List<PathAnswer.Target> answers = new ArrayList<>();
		List<Route> allRoutes = new ArrayList<>();
		for (String target : targets) {
			List<Route> routes = new ArrayList<>();
			List<RankedPath> paths = found.get(target);
			for (int i = 0; i < paths.size(); i++) {
				Route route = route(i + 1, paths.get(i), graph, people,
						facts.containsKey(target) && facts.get(target).decides());
				routes.add(route);
				allRoutes.add(route);
			}
			String reason = routes.isEmpty()
					? whyNoPath(sources, people.get(target), maxHops, via, request.includeOpponents()) : null;
			answers.add(new PathAnswer.Target(people.get(target), routes, reason));
		}
		String reason = noTargets;
		if (reason == null && allRoutes.isEmpty()) {
			reason = sources.isEmpty() ? whyNoSources(dealId) : "None of the targets can be reached from "
					+ String.join(", ", sources) + " within " + maxHops + " hops.";
		}
		return new PathAnswer(dealId, answers, reason,
				new PathAnswer.Query(sources, k, maxHops, via, avoid, request.includeOpponents()), this.settings,
				new PathAnswer.Stats(settled, labelled, spurs, hopLimited, nanos / 1e6, graph.nodeCount(),
						graph.arcCount(), snapshot.position().toString()),
				BrowserQueries.draw(allRoutes));
	}

	private static Route route(int rank, RankedPath path, PathGraph graph, Map<String, Individual> people,
			boolean toDecisionMaker) {
		List<Route.Step> steps = new ArrayList<>();
		for (int hop = 0; hop < path.hops(); hop++) {
			steps.add(new Route.Step(path.kind(hop).name(), path.strengths()[hop],
					people.get(graph.id(path.nodes()[hop + 1]))));
		}
		Individual start = people.get(graph.id(path.nodes()[0]));
		return new Route(rank, path.score(), path.hops(), start, steps,
				Explanations.sentence(start, steps, toDecisionMaker));
	}

	private String whyNoPath(List<String> sources, Individual target, int maxHops, @Nullable String via,
			boolean includeOpponents) {
		if (sources.isEmpty()) {
			return "There is nobody to start from.";
		}
		return "No warm path to " + target.name() + " within " + maxHops + " hops"
				+ ((via != null) ? " through " + via : "")
				+ (includeOpponents ? ""
						: " avoiding opponents (includeOpponents=true lets them in, heavily penalised)")
				+ ". Build a tie first: find who in their circle our people can meet.";
	}

	private static String whyNoSources(@Nullable String dealId) {
		return (dealId != null)
				? "The deal has no team yet: put our colleagues on it, or start from every colleague with from=all."
				: "No colleague to start from.";
	}

	private List<String> sources(@Nullable List<String> from, List<String> team, PathProjection.Snapshot snapshot) {
		if (from == null || from.isEmpty() || from.equals(List.of("team"))) {
			return team;
		}
		if (from.equals(List.of("all"))) {
			List<String> all = new ArrayList<>();
			snapshot.colleagues().stream().forEach((node) -> all.add(snapshot.graph().id(node)));
			return all;
		}
		List<String> named = new ArrayList<>();
		for (String id : from) {
			Ids.require("from", id);
			int node = snapshot.node(id);
			if (node < 0 || !snapshot.isColleague(node)) {
				throw new NotFoundException("colleague", id);
			}
			if (!named.contains(id)) {
				named.add(id);
			}
		}
		return named;
	}

	private static String person(String field, String id, PathProjection.Snapshot snapshot) {
		Ids.require(field, id);
		int node = snapshot.node(id);
		if (node < 0 || snapshot.isColleague(node)) {
			throw new NotFoundException("person", id);
		}
		return id;
	}

	private static String individual(String field, String id, PathProjection.Snapshot snapshot) {
		Ids.require(field, id);
		if (snapshot.node(id) < 0) {
			throw new NotFoundException("person or colleague", id);
		}
		return id;
	}

	private static int limit(String field, @Nullable Integer value, int fallback, int max) {
		if (value == null) {
			return fallback;
		}
		if (value < 1 || value > max) {
			throw new InvalidInputException(field, "must be between 1 and " + max);
		}
		return value;
	}

	private static Map<String, Individual> individuals(Collection<String> ids, Map<String, DealFacts.Facts> facts,
			PathProjection.Snapshot snapshot) {
		Map<String, Individual> people = new HashMap<>();
		for (String id : ids) {
			int node = snapshot.node(id);
			if (node < 0) {
				continue;
			}
			PathProjection.Card card = snapshot.card(node);
			DealFacts.Facts fact = facts.get(id);
			people.put(id,
					new Individual(id, card.name(), card.title(), card.side(),
							(fact != null) ? fact.roles() : List.of(), (fact != null) ? fact.attitude() : null,
							(fact != null) ? fact.influence() : null));
		}
		return people;
	}

}
