package dev.dealgraph.paths.engine;

/**
 * Turns probability-like factors into additive costs. A cost is {@code -ln(p)} quantised
 * to units of 2<sup>-24</sup> neper, so sums are exact integers: every summation order
 * (forward, backward, brute force, another library fed {@link #nepers(long)} weights)
 * gives the same value and ties are real ties. The resolution (6e-8 relative) is finer
 * than a float strength.
 */
public final class Costs {

	/** Units per neper. */
	public static final double SCALE = 0x1p24;

	private Costs() {
	}

	/**
	 * The cost of a factor in (0, 1]; at most about 1.7e9 units, so it fits an int.
	 */
	public static int of(float probability) {
		if (!(probability > 0f && probability <= 1f)) {
			throw new IllegalArgumentException("a factor must be in (0, 1], was " + probability);
		}
		return (int) Math.round(-Math.log(probability) * SCALE);
	}

	/** A summed cost in nepers; exact, since SCALE is a power of two. */
	public static double nepers(long units) {
		return units / SCALE;
	}

	/** The score {@code exp(-cost)} of a summed cost, in (0, 1]. */
	public static double score(long units) {
		return Math.exp(-nepers(units));
	}

}
