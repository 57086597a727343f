package dev.dealgraph.paths;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

import dev.dealgraph.paths.engine.PathGraph;
import dev.dealgraph.paths.engine.PathGraphBuilder;
import dev.dealgraph.paths.engine.PathGraphPatch;
import dev.dealgraph.paths.engine.PathSearch;
import dev.dealgraph.paths.engine.TieSink;
import dev.dealgraph.system.GraphChanges;
import dev.dealgraph.system.GraphChanges.Change;
import dev.dealgraph.system.GraphChanges.Position;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Everything a path answer reads, held in memory: every person and colleague with the
 * traversable ties between them as a compact graph for the engine, their names, and each
 * deal's team and stakeholder facts (applied as node factors per query, never baked into
 * the graph). A path request therefore makes no round trip to Neo4j.
 * <p>
 * Freshness: every write that changes any of this moves the change sequence in Neo4j and
 * logs what it touched ({@link GraphChanges}). Each instance follows the sequence every
 * {@code dealgraph.paths.refresh-interval} and reloads only the individuals and deals the
 * new entries name, patching its graph ({@link PathGraphPatch}) instead of rebuilding it.
 * A write through this instance is seen by its next answer: a reader catches up first
 * whenever a local write has committed since the snapshot was taken. A new epoch, a gap
 * in the log or a very large change falls back to loading everything.
 */
@Component
class PathProjection {

	private static final Log logger = LogFactory.getLog(PathProjection.class);

	/** Above this share of all individuals touched at once, reloading all is cheaper. */
	private static final int FULL_RELOAD_DIVISOR = 20;

	private static final int PATCH_FLOOR = 1000;

	private static final String INDIVIDUAL = """
			n.id AS id, n:Colleague AS colleague, n.name AS name, n.title AS title,
			EXISTS { (n)-[:WORKS_AT]->(:Account) } AS employed""";

	private final Neo4jClient client;

	private final GraphChanges changes;

	private final PathSettings settings;

	private final Object catchingUp = new Object();

	private volatile @Nullable Snapshot current;

	PathProjection(Neo4jClient client, GraphChanges changes, PathSettings settings) {
		this.client = client;
		this.changes = changes;
		this.settings = settings;
	}

	/** A person's or colleague's name, title and side. */
	record Card(String name, @Nullable String title, Individual.Side side) {

	}

	/**
	 * One state of the read model with the change it reflects, and a pool of searches
	 * over its graph (a search holds scratch arrays the size of the graph, so they are
	 * reused, not made per request).
	 *
	 * @param graph the compact graph of all individuals
	 * @param cards each node's name, title and side
	 * @param colleagues which nodes are our colleagues
	 * @param deals every deal's facts by id
	 * @param position the change sequence it reflects
	 * @param localWrites the count of local writes it has seen
	 * @param builtAt when it was made
	 * @param buildMillis how long making it took
	 * @param patched whether it was patched from the previous state rather than loaded
	 * @param searches idle searches over this graph
	 */
	record Snapshot(PathGraph graph, Card[] cards, BitSet colleagues, Map<String, DealFacts> deals, Position position,
			long localWrites, Instant builtAt, long buildMillis, boolean patched,
			ConcurrentLinkedQueue<PathSearch> searches) {

		PathSearch borrow() {
			PathSearch search = this.searches.poll();
			return (search != null) ? search : new PathSearch(this.graph);
		}

		void release(PathSearch search) {
			this.searches.offer(search);
		}

		boolean isColleague(int node) {
			return this.colleagues.get(node);
		}

		/** The node of a person or colleague, or -1. */
		int node(String id) {
			return this.graph.indexOf(id);
		}

		Card card(int node) {
			return this.cards[node];
		}

	}

	/**
	 * The freshest state this instance knows of: caught up first if a write through this
	 * instance has committed since the current one was made, else as the follower left
	 * it.
	 */
	Snapshot snapshot() {
		Snapshot snapshot = this.current;
		if (snapshot != null && snapshot.localWrites() == this.changes.localWrites()) {
			return snapshot;
		}
		return catchUp();
	}

	/** The change sequence the current state reflects. */
	Position position() {
		Snapshot snapshot = this.current;
		return (snapshot != null) ? snapshot.position() : Position.NONE;
	}

	@Scheduled(fixedDelayString = "${dealgraph.paths.refresh-interval:250ms}")
	void follow() {
		try {
			catchUp();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not refresh the path read model: " + ex.getMessage());
		}
	}

	/** Brings the state up to where the sequence stands now. */
	Snapshot catchUp() {
		synchronized (this.catchingUp) {
			long localWrites = this.changes.localWrites();
			Snapshot snapshot = this.current;
			GraphChanges.Progress progress = this.changes
				.since((snapshot != null) ? snapshot.position() : Position.NONE);
			Position target = progress.position();
			if (snapshot != null && snapshot.position().equals(target)) {
				if (snapshot.localWrites() != localWrites) {
					snapshot = new Snapshot(snapshot.graph(), snapshot.cards(), snapshot.colleagues(), snapshot.deals(),
							target, localWrites, snapshot.builtAt(), snapshot.buildMillis(), snapshot.patched(),
							snapshot.searches());
					this.current = snapshot;
				}
				return snapshot;
			}
			long started = System.nanoTime();
			Snapshot next = null;
			if (snapshot != null && snapshot.position().epoch().equals(target.epoch())
					&& target.seq() > snapshot.position().seq()) {
				next = patched(snapshot, progress, localWrites, started);
			}
			if (next == null) {
				next = loaded(target, localWrites, started);
			}
			this.current = next;
			if (logger.isDebugEnabled()) {
				logger.debug("Path read model " + (next.patched() ? "patched" : "loaded") + " at change " + target
						+ ": " + next.graph().nodeCount() + " individuals, " + next.graph().arcCount() + " arcs, "
						+ next.deals().size() + " deals in " + next.buildMillis() + " ms");
			}
			return next;
		}
	}

	/** Everything, read afresh. */
	private Snapshot loaded(Position position, long localWrites, long started) {
		PathGraphBuilder builder = PathGraph.builder(this.settings.reportsToUp(), this.settings.reportsToDown());
		List<Integer> handles = new ArrayList<>();
		List<Card> read = new ArrayList<>();
		stream("MATCH (n) WHERE n:Person OR n:Colleague RETURN " + INDIVIDUAL, Map.of(), (row) -> {
			handles.add(builder.node(row.get("id").asString()));
			read.add(card(row));
		});
		stream("""
				MATCH (a:Person|Colleague)-[r:KNOWS|INFLUENCES|REPORTS_TO]->(b:Person|Colleague)
				RETURN [a.id, b.id, type(r), r.strength] AS tie""", Map.of(), (row) -> tie(builder, row.get("tie")));
		PathGraph graph = builder.build();
		Card[] cards = new Card[graph.nodeCount()];
		for (int i = 0; i < handles.size(); i++) {
			cards[builder.nodeOf(handles.get(i))] = read.get(i);
		}
		Map<String, DealFacts> deals = new HashMap<>();
		readDeals("MATCH (d:Deal)", Map.of(), deals);
		return new Snapshot(graph, cards, colleagues(cards), Map.copyOf(deals), position, localWrites, Instant.now(),
				(System.nanoTime() - started) / 1_000_000, false, new ConcurrentLinkedQueue<>());
	}

	/**
	 * The previous state with what the log entries since name reloaded, or null when the
	 * log no longer covers the gap or the change is too large to patch.
	 */
	private @Nullable Snapshot patched(Snapshot previous, GraphChanges.Progress progress, long localWrites,
			long started) {
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
		Card[] cards = previous.cards();
		BitSet colleagues = previous.colleagues();
		if (!individuals.isEmpty()) {
			PathGraphPatch patch = graph.patch(this.settings.reportsToUp(), this.settings.reportsToDown());
			Map<String, Card> reloaded = reloadIndividuals(individuals, patch);
			graph = patch.apply();
			int[] moved = patch.oldToNew();
			cards = new Card[graph.nodeCount()];
			for (int v = 0; v < moved.length; v++) {
				if (moved[v] >= 0) {
					cards[moved[v]] = previous.cards()[v];
				}
			}
			for (Map.Entry<String, Card> entry : reloaded.entrySet()) {
				cards[graph.indexOf(entry.getKey())] = entry.getValue();
			}
			colleagues = colleagues(cards);
		}
		Map<String, DealFacts> deals = previous.deals();
		if (!dealIds.isEmpty()) {
			Map<String, DealFacts> changed = new HashMap<>(deals);
			dealIds.forEach(changed::remove);
			readDeals("UNWIND $ids AS id MATCH (d:Deal {id: id})", Map.of("ids", List.copyOf(dealIds)), changed);
			deals = Map.copyOf(changed);
		}
		return new Snapshot(graph, cards, colleagues, deals, position, localWrites, Instant.now(),
				(System.nanoTime() - started) / 1_000_000, true,
				(graph == previous.graph()) ? previous.searches() : new ConcurrentLinkedQueue<>());
	}

	/**
	 * Reads the touched individuals as they are now, telling the patch which remain and
	 * every tie they have; returns the cards of those that remain.
	 */
	private Map<String, Card> reloadIndividuals(Collection<String> ids, PathGraphPatch patch) {
		Map<String, Card> cards = new HashMap<>();
		Set<String> missing = new TreeSet<>(ids);
		stream("""
				UNWIND $ids AS id
				CALL (id) {
				  MATCH (n:Person {id: id}) RETURN n
				  UNION
				  MATCH (n:Colleague {id: id}) RETURN n
				}
				RETURN %s,
				       COLLECT { MATCH (n)-[r:KNOWS|INFLUENCES|REPORTS_TO]->(b:Person|Colleague)
				                 RETURN [n.id, b.id, type(r), r.strength] }
				     + COLLECT { MATCH (a:Person|Colleague)-[r:KNOWS|INFLUENCES|REPORTS_TO]->(n)
				                 RETURN [a.id, n.id, type(r), r.strength] } AS ties""".formatted(INDIVIDUAL),
				Map.of("ids", List.copyOf(ids)), (row) -> {
					String id = row.get("id").asString();
					missing.remove(id);
					patch.node(id);
					cards.put(id, card(row));
					for (Value tie : row.get("ties").values()) {
						tie(patch, tie);
					}
				});
		missing.forEach(patch::remove);
		return cards;
	}

	/**
	 * Puts the facts of the deals {@code match} binds to {@code d} into {@code deals}.
	 */
	private void readDeals(String match, Map<String, Object> parameters, Map<String, DealFacts> deals) {
		stream(match + " RETURN d.id AS id, " + DealFacts.CYPHER + " AS facts", parameters,
				(row) -> deals.put(row.get("id").asString(), DealFacts.from(row.get("facts"))));
	}

	/**
	 * Feeds one tie, read as {@code [from, to, type, strength]}, to a builder or patch.
	 */
	private static void tie(TieSink sink, Value tie) {
		String from = tie.get(0).asString();
		String to = tie.get(1).asString();
		switch (tie.get(2).asString()) {
			case "KNOWS" -> sink.knows(from, to, (float) tie.get(3).asDouble());
			case "INFLUENCES" -> sink.influences(from, to, (float) tie.get(3).asDouble());
			default -> sink.reportsTo(from, to);
		}
	}

	private static Card card(Record row) {
		Value title = row.get("title");
		Individual.Side side = row.get("colleague").asBoolean() ? Individual.Side.OURS
				: row.get("employed").asBoolean() ? Individual.Side.CUSTOMER : Individual.Side.OUTSIDE;
		return new Card(row.get("name").asString(), title.isNull() ? null : title.asString(), side);
	}

	private static BitSet colleagues(Card[] cards) {
		BitSet colleagues = new BitSet(cards.length);
		for (int v = 0; v < cards.length; v++) {
			if (cards[v].side() == Individual.Side.OURS) {
				colleagues.set(v);
			}
		}
		return colleagues;
	}

	private void stream(String cypher, Map<String, Object> parameters, Consumer<Record> row) {
		this.client.delegateTo((runner) -> {
			Result result = runner.run(cypher, parameters);
			while (result.hasNext()) {
				row.accept(result.next());
			}
			return Optional.of(Boolean.TRUE);
		}).run();
	}

}
