package dev.dealgraph.paths;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.dealgraph.deal.Attitude;
import dev.dealgraph.deal.DealFacts;
import dev.dealgraph.deal.StakeholderFacts;
import dev.dealgraph.system.Ids;
import dev.dealgraph.system.InvalidInputException;
import dev.dealgraph.system.NotFoundException;
import org.jspecify.annotations.Nullable;

/**
 * Checks a {@link PathRequest} against a state of the read model, as one caller sees it,
 * and turns it into a {@link PathQuestion}: limits in range, every id known and readable
 * (a hidden deal, person or colleague answers exactly like a missing one), the deal's
 * attitudes as node factors over the caller's {@link Sight}, where everyone they may not
 * read has the factor 0.
 */
final class PathQuestions {

	private PathQuestions() {
	}

	static PathQuestion forDeal(String dealId, PathRequest request, Snapshot snapshot, Sight sight,
			PathSettings settings) {
		Ids.require("dealId", dealId);
		int k = limit("k", request.k(), settings.defaultK(), settings.maxK());
		int maxHops = limit("maxHops", request.maxHops(), settings.defaultMaxHops(), settings.maxMaxHops());
		DealFacts deal = snapshot.deals().get(dealId);
		if (deal == null || !sight.reads(deal)) {
			throw new NotFoundException("deal", dealId);
		}
		Map<String, StakeholderFacts> facts = deal.stakeholders();
		List<String> sources = sources(request.from(), deal.team(), snapshot, sight);
		List<String> targets = (request.to() != null) ? List.of(person("to", request.to(), snapshot, sight))
				: facts.entrySet()
					.stream()
					.filter((e) -> e.getValue().decides())
					.map(Map.Entry::getKey)
					.sorted()
					.toList();
		float[] factors = sight.factors().clone();
		facts.forEach((id, fact) -> {
			int node = snapshot.node(id);
			// a readable deal's stakeholders are readable; the check keeps the mask
			// should
			// that rule ever change
			if (node >= 0 && sight.reads(node)) {
				factors[node] = (fact.attitude() == Attitude.OPPONENT && !request.includeOpponents()) ? 0f
						: settings.factor(fact.attitude());
			}
		});
		List<String> avoid = avoid(request, snapshot, sight);
		return new PathQuestion(dealId, sources, targets, targets.isEmpty(), k, maxHops, via(request, snapshot, sight),
				avoid, request.includeOpponents(), factors, facts);
	}

	/**
	 * Company-wide paths: no deal, so everyone in between counts as unknown and nobody is
	 * an opponent. The controller has refused {@code to} and {@code includeOpponents}.
	 */
	static PathQuestion forPerson(String personId, PathRequest request, Snapshot snapshot, Sight sight,
			PathSettings settings) {
		int k = limit("k", request.k(), settings.defaultK(), settings.maxK());
		int maxHops = limit("maxHops", request.maxHops(), settings.defaultMaxHops(), settings.maxMaxHops());
		String target = person("personId", personId, snapshot, sight);
		// an empty from is no from at all, as for a deal's paths
		List<String> from = (request.from() != null && !request.from().isEmpty()) ? request.from() : List.of("all");
		List<String> sources = sources(from, List.of(), snapshot, sight);
		List<String> avoid = avoid(request, snapshot, sight);
		// the sight's own factors, shared: nothing changes them for a question without a
		// deal
		return new PathQuestion(null, sources, List.of(target), false, k, maxHops, via(request, snapshot, sight), avoid,
				false, sight.factors(), Map.of());
	}

	private static List<String> avoid(PathRequest request, Snapshot snapshot, Sight sight) {
		return request.avoid().stream().map((id) -> individual("avoid", id, snapshot, sight)).distinct().toList();
	}

	private static @Nullable String via(PathRequest request, Snapshot snapshot, Sight sight) {
		return (request.via() != null) ? individual("via", request.via(), snapshot, sight) : null;
	}

	private static List<String> sources(@Nullable List<String> from, List<String> team, Snapshot snapshot,
			Sight sight) {
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
			if (node < 0 || !snapshot.isColleague(node) || !sight.reads(node)) {
				throw new NotFoundException("colleague", id);
			}
			if (!named.contains(id)) {
				named.add(id);
			}
		}
		return named;
	}

	private static String person(String field, String id, Snapshot snapshot, Sight sight) {
		Ids.require(field, id);
		int node = snapshot.node(id);
		if (node < 0 || snapshot.isColleague(node) || !sight.reads(node)) {
			throw new NotFoundException("person", id);
		}
		return id;
	}

	private static String individual(String field, String id, Snapshot snapshot, Sight sight) {
		Ids.require(field, id);
		int node = snapshot.node(id);
		if (node < 0 || !sight.reads(node)) {
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

}
