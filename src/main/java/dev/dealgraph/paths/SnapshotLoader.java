package dev.dealgraph.paths;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;

import dev.dealgraph.deal.DealFactReads;
import dev.dealgraph.deal.DealFacts;
import dev.dealgraph.paths.engine.PathGraph;
import dev.dealgraph.paths.engine.PathGraphBuilder;
import dev.dealgraph.paths.engine.PathGraphPatch;
import dev.dealgraph.paths.engine.TieSink;
import dev.dealgraph.person.IndividualCard;
import dev.dealgraph.person.IndividualReads;
import dev.dealgraph.person.Side;
import dev.dealgraph.relationship.TieDetail;
import dev.dealgraph.relationship.TieReads;
import dev.dealgraph.system.GraphChanges;
import dev.dealgraph.system.GraphChanges.Change;
import dev.dealgraph.system.GraphChanges.Position;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Makes the states of the path read model: everything read afresh, or the previous state
 * patched with what the change log names. The reads belong to the features that own the
 * data; this class only puts their rows together.
 */
@Component
class SnapshotLoader {

	/** Above this share of all individuals touched at once, reloading all is cheaper. */
	private static final int FULL_RELOAD_DIVISOR = 20;

	private static final int PATCH_FLOOR = 1000;

	private final IndividualReads individuals;

	private final TieReads ties;

	private final DealFactReads deals;

	private final PathSettings settings;

	SnapshotLoader(IndividualReads individuals, TieReads ties, DealFactReads deals, PathSettings settings) {
		this.individuals = individuals;
		this.ties = ties;
		this.deals = deals;
		this.settings = settings;
	}

	/** Everything, read afresh. */
	Snapshot loaded(Position position, long localWrites, long started) {
		PathGraphBuilder builder = PathGraph.builder(this.settings.reportsToUp(), this.settings.reportsToDown());
		List<Integer> handles = new ArrayList<>();
		List<IndividualCard> read = new ArrayList<>();
		this.individuals.everyone((card) -> {
			handles.add(builder.node(card.id()));
			read.add(card);
		});
		this.ties.everyTraversable(into(builder));
		PathGraph graph = builder.build();
		IndividualCard[] cards = new IndividualCard[graph.nodeCount()];
		for (int i = 0; i < handles.size(); i++) {
			cards[builder.nodeOf(handles.get(i))] = read.get(i);
		}
		Map<String, DealFacts> deals = new HashMap<>();
		this.deals.everyDeal((facts) -> deals.put(facts.dealId(), facts));
		Map<String, List<TieDetail>> details = new HashMap<>();
		this.ties.everyDetail((tie) -> {
			details.computeIfAbsent(tie.from(), (id) -> new ArrayList<>()).add(tie);
			details.computeIfAbsent(tie.to(), (id) -> new ArrayList<>()).add(tie);
		});
		return new Snapshot(graph, cards, colleagues(cards), Map.copyOf(deals), details, position, localWrites,
				Instant.now(), (System.nanoTime() - started) / 1_000_000, false, new ConcurrentLinkedQueue<>(),
				new Sights());
	}

	/**
	 * The previous state with what the log entries since name reloaded, or null when the
	 * log no longer covers the gap or the change is too large to patch.
	 */
	@Nullable Snapshot patched(Snapshot previous, GraphChanges.Progress progress, long localWrites, long started) {
		Position position = progress.position();
		List<Change> entries = progress.entries();
		if (entries.size() != position.seq() - previous.position().seq()) {
			return null;
		}
		Set<String> individuals = new TreeSet<>();
		Set<String> dealIds = new TreeSet<>();
		for (Change entry : entries) {
			individuals.addAll(entry.individuals());
			dealIds.addAll(entry.deals());
		}
		if (individuals.size() > Math.max(PATCH_FLOOR, previous.graph().nodeCount() / FULL_RELOAD_DIVISOR)) {
			return null;
		}
		PathGraph graph = previous.graph();
		IndividualCard[] cards = previous.cards();
		BitSet colleagues = previous.colleagues();
		Map<String, List<TieDetail>> details = previous.details();
		if (!individuals.isEmpty()) {
			details = patchedDetails(details, individuals);
			PathGraphPatch patch = graph.patch(this.settings.reportsToUp(), this.settings.reportsToDown());
			Map<String, IndividualCard> reloaded = reloadIndividuals(individuals, patch);
			graph = patch.apply();
			if (patch.renumbered()) {
				int[] moved = patch.oldToNew();
				cards = new IndividualCard[graph.nodeCount()];
				for (int v = 0; v < moved.length; v++) {
					if (moved[v] >= 0) {
						cards[moved[v]] = previous.cards()[v];
					}
				}
				for (Map.Entry<String, IndividualCard> entry : reloaded.entrySet()) {
					cards[graph.indexOf(entry.getKey())] = entry.getValue();
				}
				colleagues = colleagues(cards);
			}
			else {
				// every node kept its number: only the reloaded ones change
				cards = cards.clone();
				colleagues = (BitSet) colleagues.clone();
				for (Map.Entry<String, IndividualCard> entry : reloaded.entrySet()) {
					int node = graph.indexOf(entry.getKey());
					cards[node] = entry.getValue();
					colleagues.set(node, entry.getValue().side() == Side.OURS);
				}
			}
		}
		Map<String, DealFacts> deals = previous.deals();
		if (!dealIds.isEmpty()) {
			Map<String, DealFacts> changed = new HashMap<>(deals);
			dealIds.forEach(changed::remove);
			this.deals.byIds(dealIds, (facts) -> changed.put(facts.dealId(), facts));
			deals = Map.copyOf(changed);
		}
		return new Snapshot(graph, cards, colleagues, deals, details, position, localWrites, Instant.now(),
				(System.nanoTime() - started) / 1_000_000, true,
				(graph == previous.graph()) ? previous.searches() : new ConcurrentLinkedQueue<>(), new Sights());
	}

	/**
	 * The assessed ties with every tie touching {@code ids} read afresh: each old one
	 * leaves the lists of both its ends, each new one joins them. Lists are copied before
	 * they change, never changed in place, since readers hold the previous map.
	 */
	private Map<String, List<TieDetail>> patchedDetails(Map<String, List<TieDetail>> previous, Set<String> ids) {
		Map<String, List<TieDetail>> details = new HashMap<>(previous);
		Set<String> copied = new HashSet<>();
		for (String id : ids) {
			for (TieDetail tie : previous.getOrDefault(id, List.of())) {
				String other = tie.other(id);
				if (!ids.contains(other)) {
					writable(details, copied, other).remove(tie);
				}
			}
			details.remove(id);
		}
		Set<TieDetail> fresh = new LinkedHashSet<>();
		this.ties.detailTouching(ids, fresh::add);
		for (TieDetail tie : fresh) {
			writable(details, copied, tie.from()).add(tie);
			writable(details, copied, tie.to()).add(tie);
		}
		return details;
	}

	private static List<TieDetail> writable(Map<String, List<TieDetail>> details, Set<String> copied, String id) {
		if (copied.add(id)) {
			details.put(id, new ArrayList<>(details.getOrDefault(id, List.of())));
		}
		return details.get(id);
	}

	/**
	 * Reads the touched individuals as they are now, telling the patch which remain and
	 * every tie they have; returns the cards of those that remain.
	 */
	private Map<String, IndividualCard> reloadIndividuals(Collection<String> ids, PathGraphPatch patch) {
		Map<String, IndividualCard> cards = new HashMap<>();
		Set<String> missing = new TreeSet<>(ids);
		this.individuals.byIds(ids, (card) -> {
			missing.remove(card.id());
			patch.node(card.id());
			cards.put(card.id(), card);
		});
		this.ties.traversableTouching(ids, into(patch));
		missing.forEach(patch::remove);
		return cards;
	}

	/** Feeds ties as their feature reads them to a builder or patch. */
	private static TieReads.Sink into(TieSink sink) {
		return (type, from, to, strength) -> {
			switch (type) {
				case KNOWS -> sink.knows(from, to, strength);
				case INFLUENCES -> sink.influences(from, to, strength);
				case REPORTS_TO -> sink.reportsTo(from, to);
				case CONFLICTS_WITH -> throw new IllegalStateException("rivalries are never walked");
			}
		};
	}

	private static BitSet colleagues(IndividualCard[] cards) {
		BitSet colleagues = new BitSet(cards.length);
		for (int v = 0; v < cards.length; v++) {
			if (cards[v].side() == Side.OURS) {
				colleagues.set(v);
			}
		}
		return colleagues;
	}

}
