package dev.dealgraph.paths.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A random small graph given as raw ties by id, with per-node factors and a query, so the
 * brute force can work from the ties alone and check the graph builder as well.
 */
record Scenario(String[] ids, List<Tie> ties, float up, float down, float[] factorsById, String[] sources,
		String target, int k, int maxHops, String via, String[] avoid) {

	record Tie(ArcKind kind, String from, String to, float strength) {
	}

	static final float[] STRENGTHS = { 0.3f, 0.5f, 0.5f, 0.8f, 1f };

	static final float[] FACTORS = { 0f, 0.25f, 0.5f, 0.5f, 0.8f, 1f, 1f, 1f };

	/** Costs from these collide often: 0.25 costs exactly two hops of 0.5. */
	static final float[] TIED = { 0.5f, 0.5f, 0.25f, 1f };

	static Scenario random(long seed, int nodes, boolean withVia, boolean withAvoid, boolean tied) {
		Random random = new Random(seed);
		String[] ids = new String[nodes];
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < nodes; i++) {
			order.add(i);
		}
		Collections.shuffle(order, random);
		for (int i = 0; i < nodes; i++) {
			ids[i] = "p" + (char) ('a' + order.get(i)) + random.nextInt(10);
		}
		int tieCount = nodes + random.nextInt(2 * nodes);
		List<Tie> ties = new ArrayList<>();
		for (int i = 0; i < tieCount; i++) {
			ArcKind kind = ArcKind.values()[random.nextInt(3)];
			float strength = pick(random, tied ? TIED : STRENGTHS);
			ties.add(new Tie(kind, ids[random.nextInt(nodes)], ids[random.nextInt(nodes)], strength));
		}
		float[] factors = new float[nodes];
		for (int i = 0; i < nodes; i++) {
			factors[i] = tied ? pick(random, new float[] { 1f, 1f, 0.5f })
					: (random.nextInt(8) == 0) ? random.nextFloat() : pick(random, FACTORS);
		}
		float up = tied ? 0.5f : pick(random, new float[] { 0.9f, 0.5f, 0.7f });
		float down = tied ? 0.25f : pick(random, new float[] { 0.6f, 0.5f, 0.35f });
		String[] sources = new String[1 + random.nextInt(3)];
		for (int i = 0; i < sources.length; i++) {
			sources[i] = ids[random.nextInt(nodes)];
		}
		String target = ids[random.nextInt(nodes)];
		int k = 1 + random.nextInt(12);
		int maxHops = (random.nextInt(5) == 0) ? PathQuery.UNLIMITED_HOPS
				: 1 + random.nextInt(random.nextBoolean() ? 4 : 8);
		String via = withVia ? ids[random.nextInt(nodes)] : "";
		String[] avoid = new String[withAvoid ? random.nextInt(3) : 0];
		for (int i = 0; i < avoid.length; i++) {
			avoid[i] = ids[random.nextInt(nodes)];
		}
		return new Scenario(ids, ties, up, down, factors, sources, target, k, maxHops, via, avoid);
	}

	Scenario withMaxHops(int hops) {
		return new Scenario(this.ids, this.ties, this.up, this.down, this.factorsById, this.sources, this.target,
				this.k, hops, this.via, this.avoid);
	}

	@Override
	public String toString() {
		return "Scenario[ids=" + Arrays.toString(this.ids) + ", factors=" + Arrays.toString(this.factorsById)
				+ ", ties=" + this.ties + ", up=" + this.up + ", down=" + this.down + ", sources="
				+ Arrays.toString(this.sources) + ", target=" + this.target + ", k=" + this.k + ", maxHops="
				+ this.maxHops + ", via=" + this.via + ", avoid=" + Arrays.toString(this.avoid) + "]";
	}

	private static float pick(Random random, float[] values) {
		return values[random.nextInt(values.length)];
	}

	PathGraph graph() {
		PathGraphBuilder builder = PathGraph.builder(this.up, this.down);
		for (String id : this.ids) {
			builder.node(id);
		}
		for (Tie tie : this.ties) {
			switch (tie.kind()) {
				case KNOWS -> builder.knows(tie.from(), tie.to(), tie.strength());
				case INFLUENCES -> builder.influences(tie.from(), tie.to(), tie.strength());
				default -> builder.reportsTo(tie.from(), tie.to());
			}
		}
		return builder.build();
	}

	float factorOf(String id) {
		for (int i = 0; i < this.ids.length; i++) {
			if (this.ids[i].equals(id)) {
				return this.factorsById[i];
			}
		}
		throw new IllegalArgumentException(id);
	}

	PathQuery query(PathGraph graph) {
		float[] factors = new float[graph.nodeCount()];
		for (int v = 0; v < factors.length; v++) {
			factors[v] = factorOf(graph.id(v));
		}
		PathQuery query = new PathQuery(indexes(graph, this.sources), graph.indexOf(this.target), this.k, this.maxHops,
				this.via.isEmpty() ? PathQuery.NO_VIA : graph.indexOf(this.via), indexes(graph, this.avoid),
				NodeFactors.of(factors));
		return query;
	}

	private static int[] indexes(PathGraph graph, String[] ids) {
		int[] nodes = new int[ids.length];
		for (int i = 0; i < ids.length; i++) {
			nodes[i] = graph.indexOf(ids[i]);
		}
		return nodes;
	}

}
