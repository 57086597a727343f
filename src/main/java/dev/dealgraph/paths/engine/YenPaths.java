package dev.dealgraph.paths.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Yen's k shortest loopless paths from several sources to one target, with Lawler's
 * saving (a path spurs only from where it left its parent). The sources hang off a
 * virtual root: spurring there means starting from a source no accepted path starts from.
 * Each spur search returns the best path under the full ranking order, so the output is
 * in that order, ties included. The workspace must already exclude every source as an
 * intermediate.
 * <p>
 * With a limit (the k asked for), costs bound the work: candidates that cannot make the
 * answer are dropped, and no spur search looks past the cost of the last candidate still
 * needed, nor past the k-th best distinct path the first search happened to meet. A
 * guided stream runs its first search bidirectionally, lets that search's backward half
 * settle as many nodes again when there is no hop limit, and runs every later spur
 * forward only, as an A* on those exact distances to the target; they remain lower bounds
 * because each spur graph is a subgraph of the first.
 */
final class YenPaths implements PathStream {

	private static final int[] NONE = new int[0];

	/**
	 * How many times the first search's settled count the backward half goes on settling:
	 * on the 1M-person benchmark graph 1 labelled fewer nodes per query than 0, 3 or 6.
	 * Under a hop limit the spurs' hop bounds do the pruning and the extension is not
	 * worth it: at maxHops=4, 0 labelled half the nodes of 1.
	 */
	private static final int GROWTH = 1;

	private final Workspace ws;

	private final SpurSearch spur;

	private final int[] sources;

	private final int target;

	private final int maxHops;

	private final int alsoExcluded;

	private final int limit;

	private final boolean guided;

	/** Whether the first search has left the backward half that guides later spurs. */
	private boolean guideReady;

	/** The cost of the limit-th best path seen so far in any search, which bounds all. */
	private long knownBound = Workspace.INFINITE;

	private final List<Path> accepted = new ArrayList<>();

	private final TreeSet<Path> candidates = new TreeSet<>(Path.ORDER);

	private final Set<Path.Key> seen = new HashSet<>();

	private boolean started;

	private int processed;

	YenPaths(Workspace ws, SpurSearch spur, int[] sources, int target, int maxHops, int alsoExcluded, int limit,
			boolean guided) {
		this.ws = ws;
		this.spur = spur;
		this.sources = sources;
		this.target = target;
		this.maxHops = maxHops;
		this.alsoExcluded = alsoExcluded;
		this.limit = limit;
		this.guided = guided;
	}

	@Override
	public @Nullable Path next() {
		this.ws.alsoExcluded = this.alsoExcluded;
		if (!this.started) {
			this.started = true;
			spurFromSources();
		}
		else if (!this.accepted.isEmpty() && this.accepted.size() > this.processed) {
			spursOf(this.accepted.get(this.accepted.size() - 1));
			this.processed = this.accepted.size();
		}
		if (this.accepted.size() >= this.limit) {
			return null;
		}
		Path best = this.candidates.pollFirst();
		if (best != null) {
			this.accepted.add(best);
		}
		return best;
	}

	private void spursOf(Path path) {
		if (path.deviation < 0) {
			spurFromSources();
		}
		long rootCost = 0;
		int last = path.hops() - 1;
		for (int i = 0; i <= last && i < this.maxHops; i++) {
			int spurNode = path.nodes[i];
			if (i > 0) {
				rootCost += this.ws.costs[path.arcs[i - 1]] + this.ws.nodeCost(spurNode);
			}
			if (i < path.deviation) {
				continue;
			}
			this.ws.beginSpur();
			for (int j = 0; j <= i; j++) {
				this.ws.block(path.nodes[j]);
			}
			this.ws.markStart(spurNode);
			Path found = search(new int[] { spurNode }, spurNode, forbiddenAfter(path, i), this.maxHops - i,
					ceiling() - rootCost);
			if (found != null) {
				offer(join(path, i, rootCost, found));
			}
		}
	}

	private void spurFromSources() {
		int[] starts = Arrays.stream(this.sources)
			.filter((s) -> this.accepted.stream().noneMatch((p) -> p.nodes[0] == s))
			.toArray();
		if (starts.length == 0) {
			return;
		}
		this.ws.beginSpur();
		for (int start : starts) {
			this.ws.markStart(start);
		}
		Path found = search(starts, -1, NONE, this.maxHops, ceiling());
		if (found != null) {
			offer(new Path(found.nodes, found.arcs, found.cost, -1));
		}
	}

	/**
	 * The first search of a guided stream is bidirectional; the spurs after it run
	 * forward only, guided by its backward half: every spur graph is a subgraph of the
	 * first one, so those distances stay lower bounds.
	 */
	private @Nullable Path search(int[] starts, int spurNode, int[] forbidden, int budget, long ceiling) {
		if (this.guideReady) {
			return this.spur.findGuided(starts, spurNode, forbidden, this.target, budget, ceiling);
		}
		boolean first = this.guided && this.limit > 1;
		if (first) {
			this.spur.collectMeetings(this.limit, budget);
		}
		long settled = this.ws.settled;
		Path found = this.spur.find(starts, spurNode, forbidden, this.target, budget, ceiling);
		if (first) {
			if (found != null && this.maxHops >= this.ws.graph.nodeCount()) {
				this.spur.extendBackward(GROWTH * (this.ws.settled - settled));
			}
			this.knownBound = this.spur.collectedBound();
		}
		this.guideReady = this.guided;
		return found;
	}

	/**
	 * The nodes that accepted paths sharing {@code path}'s first i+1 nodes go to next.
	 */
	private int[] forbiddenAfter(Path path, int i) {
		int[] next = new int[this.accepted.size()];
		int count = 0;
		for (Path other : this.accepted) {
			if (other.nodes.length > i + 1 && Arrays.equals(other.nodes, 0, i + 1, path.nodes, 0, i + 1)) {
				next[count++] = other.nodes[i + 1];
			}
		}
		return Arrays.copyOf(next, count);
	}

	private static Path join(Path root, int i, long rootCost, Path spur) {
		int[] nodes = new int[i + spur.nodes.length];
		System.arraycopy(root.nodes, 0, nodes, 0, i);
		System.arraycopy(spur.nodes, 0, nodes, i, spur.nodes.length);
		int[] arcs = new int[i + spur.arcs.length];
		System.arraycopy(root.arcs, 0, arcs, 0, i);
		System.arraycopy(spur.arcs, 0, arcs, i, spur.arcs.length);
		return new Path(nodes, arcs, rootCost + spur.cost, i);
	}

	private void offer(Path candidate) {
		if (this.seen.add(candidate.key())) {
			this.candidates.add(candidate);
			while (this.candidates.size() > this.limit - this.accepted.size()) {
				this.candidates.pollLast();
			}
		}
	}

	/**
	 * The highest cost still worth finding: once enough candidates wait to fill the
	 * answer, a path costlier than the worst of them can never be reported. Equal costs
	 * still count, for the tie-breaks.
	 */
	private long ceiling() {
		if (this.candidates.size() < this.limit - this.accepted.size()) {
			return this.knownBound;
		}
		return Math.min(this.knownBound, this.candidates.last().cost);
	}

}
