package dev.dealgraph.paths.engine;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A path inside the engine: nodes, the arcs between them, the summed cost in
 * {@link Costs} units, and where Yen's algorithm branched it off its parent ({@code -1}:
 * at the sources).
 */
final class Path {

	/** Cost, then fewer hops, then node numbers (that is, ids) in order. */
	static final Comparator<Path> ORDER = (a, b) -> compare(a.cost, a.nodes, b.cost, b.nodes);

	final int[] nodes;

	final int[] arcs;

	final long cost;

	final int deviation;

	Path(int[] nodes, int[] arcs, long cost, int deviation) {
		this.nodes = nodes;
		this.arcs = arcs;
		this.cost = cost;
		this.deviation = deviation;
	}

	int hops() {
		return this.arcs.length;
	}

	static int compare(long cost, int[] nodes, long otherCost, int[] otherNodes) {
		if (cost != otherCost) {
			return (cost < otherCost) ? -1 : 1;
		}
		if (nodes.length != otherNodes.length) {
			return (nodes.length < otherNodes.length) ? -1 : 1;
		}
		return Arrays.compare(nodes, otherNodes);
	}

	/** Wraps the node sequence for hashing. */
	Key key() {
		return new Key(this.nodes);
	}

	record Key(int[] nodes) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Arrays.equals(this.nodes, key.nodes);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(this.nodes);
		}

	}

}
