package dev.dealgraph.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A seeded synthetic relationship graph with the shape of a company-wide sales graph:
 * communities (accounts, departments) of 10 to 5,000 people, log-uniform in size; a
 * Pareto activity weight per person capped so degrees stay in the low thousands; ties
 * drawn Chung-Lu style by weight, 80% inside the community; about ten ties per person, of
 * which 85% KNOWS, 10% INFLUENCES and 5% REPORTS_TO; ids shuffled; 3% opponents. A few
 * five-person islands nobody else knows provide unreachable targets.
 */
final class SyntheticGraph {

	static final float UP = 0.9f;

	static final float DOWN = 0.6f;

	static final int ISLAND = 5;

	final int size;

	final String[] ids;

	final int[] community;

	final int[] communityStart;

	final double[] weight;

	final float[] factor;

	final int tieCount;

	final byte[] tieType;

	final int[] tieFrom;

	final int[] tieTo;

	final float[] tieStrength;

	final int islandStart;

	private int islandTies;

	SyntheticGraph(int size, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		this.size = size;
		this.islandStart = size - Math.max(2, size / 20_000) * ISLAND;
		this.community = new int[size];
		int[] starts = new int[size + 1];
		int communities = 0;
		int person = 0;
		while (person < this.islandStart) {
			int length = (int) Math.round(10 * Math.pow(500, random.nextDouble()));
			length = Math.min(length, this.islandStart - person);
			starts[communities] = person;
			Arrays.fill(this.community, person, person + length, communities);
			person += length;
			communities++;
		}
		for (; person < size; person += ISLAND) {
			starts[communities] = person;
			Arrays.fill(this.community, person, person + ISLAND, communities);
			communities++;
		}
		starts[communities] = size;
		this.communityStart = Arrays.copyOf(starts, communities + 1);
		this.weight = new double[size];
		for (int i = 0; i < size; i++) {
			this.weight[i] = Math.min(1500, Math.pow(1 - random.nextDouble(), -1 / 1.3));
		}
		double[] cumulative = new double[size + 1];
		for (int i = 0; i < size; i++) {
			cumulative[i + 1] = cumulative[i] + this.weight[i];
		}
		this.tieCount = 10 * size;
		this.tieType = new byte[this.tieCount];
		this.tieFrom = new int[this.tieCount];
		this.tieTo = new int[this.tieCount];
		this.tieStrength = new float[this.tieCount];
		int made = 0;
		while (made < this.tieCount) {
			int a = pick(cumulative, 0, this.islandStart, random);
			if (random.nextInt(5) == 0 && a < this.islandStart - 1) {
				a = made % this.islandStart;
			}
			boolean inside = random.nextDouble() < 0.8;
			int c = this.community[a];
			int b = inside ? pick(cumulative, this.communityStart[c], this.communityStart[c + 1], random)
					: pick(cumulative, 0, this.islandStart, random);
			if (a == b) {
				continue;
			}
			int kind = random.nextInt(100);
			if (kind < 85) {
				this.tieType[made] = 0;
				this.tieStrength[made] = (float) (0.05 + 0.95 * Math.pow(random.nextDouble(), 0.7));
			}
			else if (kind < 95) {
				this.tieType[made] = 1;
				this.tieStrength[made] = (float) (0.2 + 0.7 * random.nextDouble());
			}
			else {
				if (!inside) {
					continue;
				}
				this.tieType[made] = 2;
				this.tieStrength[made] = 1f;
				if (this.weight[a] > this.weight[b]) {
					int swap = a;
					a = b;
					b = swap;
				}
			}
			this.tieFrom[made] = a;
			this.tieTo[made] = b;
			made++;
		}
		for (int island = this.islandStart; island < size; island += ISLAND) {
			for (int i = 0; i < ISLAND - 1; i++) {
				addIslandTie(island + i, island + i + 1, random);
			}
		}
		this.factor = new float[size];
		for (int i = 0; i < size; i++) {
			this.factor[i] = attitude(random.nextInt(100));
		}
		int[] shuffled = new int[size];
		for (int i = 0; i < size; i++) {
			shuffled[i] = i;
		}
		for (int i = size - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = shuffled[i];
			shuffled[i] = shuffled[j];
			shuffled[j] = swap;
		}
		this.ids = new String[size];
		for (int i = 0; i < size; i++) {
			this.ids[i] = String.format("p%08d", shuffled[i]);
		}
	}

	private void addIslandTie(int a, int b, SplittableRandom random) {
		int slot = this.islandTies++ % this.tieCount;
		this.tieType[slot] = 0;
		this.tieFrom[slot] = a;
		this.tieTo[slot] = b;
		this.tieStrength[slot] = (float) (0.3 + 0.6 * random.nextDouble());
	}

	/** Sponsor, supporter, neutral, unknown, non-supporter, opponent (excluded). */
	private static float attitude(int percentile) {
		if (percentile < 2) {
			return 1f;
		}
		if (percentile < 12) {
			return 0.9f;
		}
		if (percentile < 32) {
			return 0.75f;
		}
		if (percentile < 92) {
			return 0.6f;
		}
		if (percentile < 97) {
			return 0.4f;
		}
		return 0f;
	}

	private static int pick(double[] cumulative, int from, int to, SplittableRandom random) {
		double x = cumulative[from] + random.nextDouble() * (cumulative[to] - cumulative[from]);
		int found = Arrays.binarySearch(cumulative, from, to + 1, x);
		int index = (found >= 0) ? found : -found - 2;
		return Math.min(Math.max(index, from), to - 1);
	}

	boolean isOpponent(int person) {
		return this.factor[person] == 0f;
	}

}
