package dev.dealgraph.paths.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the k best loopless paths of a {@link PathQuery} over one {@link PathGraph}.
 * Holds O(n) scratch arrays that every query reuses, so keep one instance per thread (it
 * is not thread-safe) rather than one per query.
 */
public final class PathSearch {

	private final PathGraph graph;

	private final Workspace ws;

	private final SpurSearch spur;

	public PathSearch(PathGraph graph) {
		this.graph = graph;
		this.ws = new Workspace(graph);
		this.spur = new SpurSearch(this.ws);
	}

	public PathGraph graph() {
		return this.graph;
	}

	public PathResult search(PathQuery query) {
		long started = System.nanoTime();
		int n = this.graph.nodeCount();
		int target = query.target();
		check(target, n);
		this.ws.beginQuery(query.factors());
		for (int node : query.avoid()) {
			check(node, n);
			this.ws.exclude(node);
		}
		int[] sources = Arrays.stream(query.sources())
			.peek((s) -> check(s, n))
			.filter((s) -> s != target && !this.ws.isExcluded(s))
			.distinct()
			.sorted()
			.toArray();
		int via = query.via();
		if (via != PathQuery.NO_VIA) {
			check(via, n);
		}
		if (this.ws.isExcluded(target) || sources.length == 0
				|| (via != PathQuery.NO_VIA && via != target && !viaUsable(via, sources))) {
			return new PathResult(List.of(), this.ws.stats(System.nanoTime() - started));
		}
		if (via != PathQuery.NO_VIA && Arrays.binarySearch(sources, via) >= 0) {
			sources = new int[] { via };
		}
		for (int source : query.sources()) {
			this.ws.exclude(source);
		}
		PathStream stream = stream(sources, target, via, query.maxHops(), query.k());
		List<RankedPath> paths = new ArrayList<>();
		while (paths.size() < query.k()) {
			Path path = stream.next();
			if (path == null) {
				break;
			}
			paths.add(ranked(path));
		}
		return new PathResult(paths, this.ws.stats(System.nanoTime() - started));
	}

	private PathStream stream(int[] sources, int target, int via, int maxHops, int k) {
		if (via == PathQuery.NO_VIA || via == target || sources.length == 1 && sources[0] == via) {
			return new YenPaths(this.ws, this.spur, sources, target, maxHops, -1, k, true);
		}
		if (maxHops < 2) {
			return () -> null;
		}
		PathStream toVia = new YenPaths(this.ws, this.spur, sources, via, maxHops - 1, target, Integer.MAX_VALUE,
				false);
		PathStream fromVia = new YenPaths(this.ws, this.spur, new int[] { via }, target, maxHops - 1, via,
				Integer.MAX_VALUE, false);
		return new ViaPaths(toVia, fromVia, this.ws.nodeCost(via), maxHops);
	}

	private boolean viaUsable(int via, int[] sources) {
		return Arrays.binarySearch(sources, via) >= 0 || (!this.ws.isExcluded(via) && this.ws.nodeCost(via) >= 0);
	}

	private RankedPath ranked(Path path) {
		byte[] kinds = new byte[path.hops()];
		float[] strengths = new float[path.hops()];
		for (int i = 0; i < path.hops(); i++) {
			kinds[i] = this.graph.kindCode(path.arcs[i]);
			strengths[i] = this.graph.strength(path.arcs[i]);
		}
		return new RankedPath(path.nodes, kinds, strengths, Costs.nepers(path.cost), Costs.score(path.cost));
	}

	private static void check(int node, int n) {
		if (node < 0 || node >= n) {
			throw new IllegalArgumentException("no node " + node + " in a graph of " + n);
		}
	}

}
