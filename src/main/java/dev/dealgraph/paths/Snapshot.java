package dev.dealgraph.paths;

import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import dev.dealgraph.deal.DealFacts;
import dev.dealgraph.paths.engine.PathGraph;
import dev.dealgraph.paths.engine.PathSearch;
import dev.dealgraph.person.IndividualCard;
import dev.dealgraph.relationship.TieDetail;
import dev.dealgraph.system.GraphChanges.Position;
import dev.dealgraph.system.Scope;

/**
 * One state of the path read model with the change it reflects, and a pool of searches
 * over its graph (a search holds scratch arrays the size of the graph, so they are
 * reused, not made per request).
 *
 * @param graph the compact graph of all individuals
 * @param cards each node's name, title and side
 * @param colleagues which nodes are our colleagues
 * @param deals every deal's facts by id
 * @param details the ties an assessment weighs, listed under each of their ends
 * @param position the change sequence it reflects
 * @param localWrites the count of local writes it has seen
 * @param builtAt when it was made
 * @param buildMillis how long making it took
 * @param patched whether it was patched from the previous state rather than loaded
 * @param searches idle searches over this graph
 * @param sights what each recent caller sees of this state
 */
record Snapshot(PathGraph graph, IndividualCard[] cards, BitSet colleagues, Map<String, DealFacts> deals,
		Map<String, List<TieDetail>> details, Position position, long localWrites, Instant builtAt, long buildMillis,
		boolean patched, ConcurrentLinkedQueue<PathSearch> searches, Sights sights) {

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

	IndividualCard card(int node) {
		return this.cards[node];
	}

	/** What a caller with {@code scope} sees of this state, worked out once. */
	Sight sight(Scope scope, PathSettings settings) {
		return this.sights.of(this, scope, settings);
	}

	/**
	 * The same state, having seen more local writes that changed nothing it holds: what
	 * callers see of it stays the same too.
	 */
	Snapshot seen(long writes) {
		return new Snapshot(this.graph, this.cards, this.colleagues, this.deals, this.details, this.position, writes,
				this.builtAt, this.buildMillis, this.patched, this.searches, this.sights);
	}

}
