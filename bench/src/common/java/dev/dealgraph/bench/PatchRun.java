package dev.dealgraph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import dev.dealgraph.paths.engine.PathGraph;
import dev.dealgraph.paths.engine.PathGraphPatch;

/**
 * How long the application takes to fold one write into its in-memory graph, against
 * building that graph from scratch in the same run: {@code PatchRun SIZE [WRITES]}. Each
 * write is what the change log hands a follower: a new KNOWS tie between two people
 * (so both are touched and every tie they have is given again), a tie at the best-tied
 * hub, or a new person with one tie (which renumbers every node after it). Only the
 * in-memory part is timed; reading the touched people from Neo4j is a single query.
 */
public final class PatchRun {

	private static final double MB = 1024 * 1024;

	private PatchRun() {
	}

	public static void main(String[] args) {
		int size = Integer.parseInt(args[0]);
		int writes = (args.length > 1) ? Integer.parseInt(args[1]) : 30;
		Workload workload = new Workload(size, 1, 42);
		SyntheticGraph s = workload.synthetic;
		System.out.printf(Locale.ROOT, "graph: %,d people, %,d arcs, full build %,d ms, %,.1f MB allocated%n",
				workload.graph.nodeCount(), workload.graph.arcCount(), workload.graphBuildNanos / 1_000_000,
				workload.graphBuildBytes / MB);

		// every tie by person, so a write can hand the patch all ties of whom it touches
		List<int[]> extra = new ArrayList<>();
		int[] degree = new int[size];
		for (int i = 0; i < s.tieCount; i++) {
			degree[s.tieFrom[i]]++;
			degree[s.tieTo[i]]++;
		}
		int[] start = new int[size + 1];
		for (int v = 0; v < size; v++) {
			start[v + 1] = start[v] + degree[v];
		}
		int[] cursor = Arrays.copyOf(start, size);
		int[] byPerson = new int[start[size]];
		for (int i = 0; i < s.tieCount; i++) {
			byPerson[cursor[s.tieFrom[i]]++] = i;
			byPerson[cursor[s.tieTo[i]]++] = i;
		}
		int hub = 0;
		for (int v = 1; v < size; v++) {
			if (degree[v] > degree[hub]) {
				hub = v;
			}
		}

		SplittableRandom random = new SplittableRandom(7);
		PathGraph graph = workload.graph;
		long[] ordinary = new long[writes];
		long[] hubs = new long[Math.max(1, writes / 3)];
		long[] newcomers = new long[Math.max(1, writes / 3)];
		long[][] bytes = { new long[ordinary.length], new long[hubs.length], new long[newcomers.length] };
		for (int round = 0; round < 3; round++) {
			long[] times = (round == 0) ? ordinary : (round == 1) ? hubs : newcomers;
			for (int w = 0; w < times.length; w++) {
				int a = (round == 1) ? hub : random.nextInt(size);
				int b = random.nextInt(size);
				float strength = 0.1f + 0.9f * random.nextFloat();
				PathGraphPatch patch = graph.patch(SyntheticGraph.UP, SyntheticGraph.DOWN);
				String newcomer = (round == 2) ? "n" + w + "-" + s.ids[a] : null;
				for (int person : new int[] { a, b }) {
					patch.node(s.ids[person]);
					for (int i = start[person]; i < start[person + 1]; i++) {
						tie(patch, s, byPerson[i]);
					}
					for (int[] added : extra) {
						if (added[0] == person || added[1] == person) {
							patch.knows(s.ids[added[0]], s.ids[added[1]], Float.intBitsToFloat(added[2]));
						}
					}
				}
				if (newcomer != null) {
					patch.node(newcomer).knows(newcomer, s.ids[a], strength);
				}
				else {
					patch.knows(s.ids[a], s.ids[b], strength);
				}
				long allocated = Allocation.ofThisThread();
				long started = System.nanoTime();
				PathGraph next = patch.apply();
				times[w] = System.nanoTime() - started;
				bytes[round][w] = Allocation.ofThisThread() - allocated;
				if (newcomer == null) {
					extra.add(new int[] { a, b, Float.floatToIntBits(strength) });
					graph = next;
				}
			}
		}
		double build = workload.graphBuildNanos / 1e6;
		double buildBytes = workload.graphBuildBytes;
		line("new tie between two people", ordinary, bytes[0], build, buildBytes);
		line("new tie at the hub (" + degree[hub] + " ties)", hubs, bytes[1], build, buildBytes);
		line("new person with one tie", newcomers, bytes[2], build, buildBytes);
	}

	private static void tie(PathGraphPatch patch, SyntheticGraph s, int i) {
		switch (s.tieType[i]) {
			case 0 -> patch.knows(s.ids[s.tieFrom[i]], s.ids[s.tieTo[i]], s.tieStrength[i]);
			case 1 -> patch.influences(s.ids[s.tieFrom[i]], s.ids[s.tieTo[i]], s.tieStrength[i]);
			default -> patch.reportsTo(s.ids[s.tieFrom[i]], s.ids[s.tieTo[i]]);
		}
	}

	private static void line(String what, long[] nanos, long[] bytes, double buildMillis, double buildBytes) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		long[] allocated = bytes.clone();
		Arrays.sort(allocated);
		double p50 = sorted[sorted.length / 2] / 1e6;
		double bytesP50 = allocated[allocated.length / 2];
		System.out.printf(Locale.ROOT,
				"%-36s %3d writes  p50 %8.2f ms  max %8.1f ms  alloc p50 %9.3f MB  max %9.3f MB"
						+ "  full build / patch p50: time %.0fx, alloc %.0fx%n",
				what, sorted.length, p50, sorted[sorted.length - 1] / 1e6, bytesP50 / MB,
				allocated[allocated.length - 1] / MB, buildMillis / p50, buildBytes / Math.max(1, bytesP50));
	}

}
