package dev.dealgraph.paths;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.dealgraph.deal.DealFacts;
import dev.dealgraph.paths.engine.NodeFactors;
import dev.dealgraph.paths.engine.PathGraph;
import dev.dealgraph.paths.engine.PathQuery;
import dev.dealgraph.paths.engine.PathSearch;
import dev.dealgraph.paths.engine.RankedPath;
import dev.dealgraph.person.IndividualCard;
import dev.dealgraph.relationship.TieDetail;
import org.jspecify.annotations.Nullable;

/**
 * One state of the read model as one caller sees it, for other features. Every method
 * answers from memory, and none names anyone the caller may not read: hidden deals and
 * people are absent, as are ties to hidden people, and reach runs through readable people
 * only ({@link Sight}).
 */
public final class ReadView {

	/** Up to this many targets, reach is searched target by target. */
	private static final int FEW = 4;

	private final Snapshot snapshot;

	private final Sight sight;

	private final PathSettings settings;

	private final PathFinder finder;

	private final Map<Class<?>, Object> kept = new ConcurrentHashMap<>();

	private volatile @Nullable Map<String, List<IndividualCard>> byAccount;

	private volatile @Nullable Collection<DealFacts> readableDeals;

	ReadView(Snapshot snapshot, Sight sight, PathSettings settings, PathFinder finder) {
		this.snapshot = snapshot;
		this.sight = sight;
		this.settings = settings;
		this.finder = finder;
	}

	/** The change sequence this state reflects. */
	public String position() {
		return this.snapshot.position().toString();
	}

	/**
	 * What another feature works out from this view (one value per type), kept with it:
	 * it is made once for this state and this caller, and goes when the view goes, so
	 * nothing one caller was shown is ever handed to another.
	 */
	@SuppressWarnings("unchecked")
	public <T> T kept(Class<T> type, Supplier<T> make) {
		return (T) this.kept.computeIfAbsent(type, (key) -> make.get());
	}

	/** The deal, when the caller may read it. */
	public Optional<DealFacts> deal(String id) {
		DealFacts deal = this.snapshot.deals().get(id);
		return (deal != null && this.sight.reads(deal)) ? Optional.of(deal) : Optional.empty();
	}

	/** Every deal the caller may read. */
	public Collection<DealFacts> deals() {
		if (this.sight.all()) {
			return this.snapshot.deals().values();
		}
		Collection<DealFacts> deals = this.readableDeals;
		if (deals == null) {
			deals = this.snapshot.deals().values().stream().filter(this.sight::reads).toList();
			this.readableDeals = deals;
		}
		return deals;
	}

	/** Whether answers age ties: as asked, else {@code dealgraph.decay.by-default}. */
	public boolean decays(@Nullable Boolean asked) {
		return this.finder.decays(asked);
	}

	/** Whether the caller may read the account and what is at it. */
	public boolean readsAccount(String accountId) {
		return this.sight.readsAccount(accountId);
	}

	/** The person or colleague, when the caller may read them. */
	public Optional<IndividualCard> individual(String id) {
		int node = this.snapshot.node(id);
		return (node < 0 || !this.sight.reads(node)) ? Optional.empty() : Optional.of(this.snapshot.card(node));
	}

	/**
	 * The customer-side people who work at the account and whom the caller may read, in
	 * id order.
	 */
	public List<IndividualCard> peopleAt(String accountId) {
		Map<String, List<IndividualCard>> index = this.byAccount;
		if (index == null) {
			index = new HashMap<>();
			IndividualCard[] cards = this.snapshot.cards();
			for (int v = 0; v < cards.length; v++) {
				if (cards[v].accountId() != null && this.sight.reads(v)) {
					index.computeIfAbsent(cards[v].accountId(), (id) -> new ArrayList<>()).add(cards[v]);
				}
			}
			index.values().forEach((people) -> people.sort((a, b) -> a.id().compareTo(b.id())));
			this.byAccount = index;
		}
		return index.getOrDefault(accountId, List.of());
	}

	/**
	 * The ties of {@code id} an assessment weighs: KNOWS ties with one of our colleagues,
	 * INFLUENCES, REPORTS_TO and CONFLICTS_WITH; only those whose both ends the caller
	 * may read.
	 */
	public List<TieDetail> ties(String id) {
		List<TieDetail> ties = this.snapshot.details().getOrDefault(id, List.of());
		if (this.sight.all() || ties.isEmpty()) {
			return ties;
		}
		int node = this.snapshot.node(id);
		if (node < 0 || !this.sight.reads(node)) {
			return List.of();
		}
		return ties.stream().filter((tie) -> {
			int other = this.snapshot.node(tie.other(id));
			return other >= 0 && this.sight.reads(other);
		}).toList();
	}

	/**
	 * How well the deal team reaches each of {@code people} within {@code maxHops},
	 * scored as the path engine scores a deal's paths; people out of reach are left out.
	 * With {@code aged}, every tie to one of our colleagues counts at the strength it has
	 * left after age ({@link Aging}), as the paths answer scores it by default.
	 */
	public Map<String, Reach> reach(String dealId, Collection<String> people, int maxHops, boolean aged) {
		Aging aging = this.finder.aging(aged, this.snapshot);
		PathQuestion question = PathQuestions.forDeal(dealId,
				new PathRequest(1, maxHops, null, null, List.of(), null, false), this.snapshot, this.sight,
				this.settings);
		PathGraph graph = this.snapshot.graph();
		int[] sources = question.sources().stream().mapToInt(graph::indexOf).filter((n) -> n >= 0).toArray();
		List<String> ids = List.copyOf(people);
		int[] targets = ids.stream().mapToInt(graph::indexOf).toArray();
		// a few targets: the engine's bidirectional search each, which stays small even
		// when our people know thousands; many: one sweep out from the team serves all
		Reach[] found = (targets.length <= FEW) ? engine(sources, targets, question.factors(), maxHops, aging)
				: ReachTree.from(graph, sources, question.factors(), maxHops, targets, aging);
		Map<String, Reach> reach = new HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			if (found[i] != null) {
				reach.put(ids.get(i), found[i]);
			}
		}
		return reach;
	}

	private Reach[] engine(int[] sources, int[] targets, float[] factors, int maxHops, @Nullable Aging aging) {
		PathGraph graph = this.snapshot.graph();
		Reach[] reach = new Reach[targets.length];
		if (sources.length == 0) {
			return reach;
		}
		PathSearch search = this.snapshot.borrow();
		try {
			for (int t = 0; t < targets.length; t++) {
				if (targets[t] < 0) {
					continue;
				}
				int target = targets[t];
				Aging.Search candidates = (count) -> search
					.search(PathQuery.of(sources, target, count, maxHops).withFactors(NodeFactors.of(factors)));
				// after age, ranked again as the paths answer is
				List<RankedPath> paths = (aging != null) ? aging.best(candidates, graph, 1).paths()
						: candidates.candidates(1).paths();
				if (!paths.isEmpty()) {
					RankedPath best = paths.get(0);
					reach[t] = new Reach((aging != null) ? aging.score(best, graph) : best.score(), best.hops(),
							graph.id(best.nodes()[0]), graph.id(best.nodes()[1]));
				}
			}
		}
		finally {
			this.snapshot.release(search);
		}
		return reach;
	}

	/**
	 * The best path from the deal team to {@code personId}, explained, or empty; with
	 * {@code aged}, scored and explained after age.
	 */
	public Optional<Route> bestRoute(String dealId, String personId, int maxHops, boolean aged, Locale locale) {
		PathAnswer answer = this.finder.answer(dealId,
				new PathRequest(1, maxHops, null, personId, List.of(), null, false, aged), this.snapshot, this.sight,
				locale);
		return answer.targets().stream().flatMap((target) -> target.paths().stream()).findFirst();
	}

}
