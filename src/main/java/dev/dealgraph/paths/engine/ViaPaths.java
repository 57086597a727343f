package dev.dealgraph.paths.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

import org.jspecify.annotations.Nullable;

/**
 * Paths through a given node, in ranking order: every such loopless path is a ranked path
 * to the via node joined to a ranked path from it, sharing nothing else. Both halves come
 * from their own Yen stream, extended on demand; pairs are visited best first over the
 * grid of their ranks, which is monotone in the ranking order along both axes, and pairs
 * that overlap or exceed the hop limit are passed over.
 */
final class ViaPaths implements PathStream {

	private final PathStream toVia;

	private final PathStream fromVia;

	private final List<Path> firsts = new ArrayList<>();

	private final List<Path> seconds = new ArrayList<>();

	private boolean firstsDone;

	private boolean secondsDone;

	private final long viaCost;

	private final int maxHops;

	private final PriorityQueue<Pair> pairs = new PriorityQueue<>((a, b) -> Path.ORDER.compare(a.path, b.path));

	private boolean started;

	ViaPaths(PathStream toVia, PathStream fromVia, long viaCost, int maxHops) {
		this.toVia = toVia;
		this.fromVia = fromVia;
		this.viaCost = viaCost;
		this.maxHops = maxHops;
	}

	@Override
	public @Nullable Path next() {
		if (!this.started) {
			this.started = true;
			if (first(0) != null && second(0) != null) {
				push(0, 0);
			}
		}
		while (!this.pairs.isEmpty()) {
			Pair pair = this.pairs.poll();
			if (pair.second == 0 && first(pair.first + 1) != null) {
				push(pair.first + 1, 0);
			}
			if (second(pair.second + 1) != null) {
				push(pair.first, pair.second + 1);
			}
			if (pair.path.hops() <= this.maxHops
					&& disjoint(this.firsts.get(pair.first), this.seconds.get(pair.second))) {
				return pair.path;
			}
		}
		return null;
	}

	private @Nullable Path first(int rank) {
		while (!this.firstsDone && this.firsts.size() <= rank) {
			Path next = this.toVia.next();
			if (next == null) {
				this.firstsDone = true;
			}
			else {
				this.firsts.add(next);
			}
		}
		return (rank < this.firsts.size()) ? this.firsts.get(rank) : null;
	}

	private @Nullable Path second(int rank) {
		while (!this.secondsDone && this.seconds.size() <= rank) {
			Path next = this.fromVia.next();
			if (next == null) {
				this.secondsDone = true;
			}
			else {
				this.seconds.add(next);
			}
		}
		return (rank < this.seconds.size()) ? this.seconds.get(rank) : null;
	}

	private void push(int first, int second) {
		Path a = this.firsts.get(first);
		Path b = this.seconds.get(second);
		int[] nodes = new int[a.nodes.length + b.nodes.length - 1];
		System.arraycopy(a.nodes, 0, nodes, 0, a.nodes.length);
		System.arraycopy(b.nodes, 1, nodes, a.nodes.length, b.nodes.length - 1);
		int[] arcs = new int[a.arcs.length + b.arcs.length];
		System.arraycopy(a.arcs, 0, arcs, 0, a.arcs.length);
		System.arraycopy(b.arcs, 0, arcs, a.arcs.length, b.arcs.length);
		this.pairs.add(new Pair(first, second, new Path(nodes, arcs, a.cost + this.viaCost + b.cost, 0)));
	}

	private static boolean disjoint(Path a, Path b) {
		for (int i = 0; i < a.nodes.length - 1; i++) {
			for (int j = 1; j < b.nodes.length; j++) {
				if (a.nodes[i] == b.nodes[j]) {
					return false;
				}
			}
		}
		return true;
	}

	private record Pair(int first, int second, Path path) {
	}

}
