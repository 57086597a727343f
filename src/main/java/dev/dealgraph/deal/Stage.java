package dev.dealgraph.deal;

/** Procurement stages of the funnel, each with its base win rate. */
public enum Stage {

	INTEREST(0.05), BREWING(0.10), DESIGN(0.20), COMPARISON(0.30), COMMITMENT(0.50), USE(0.80);

	private final double baseWinRate;

	Stage(double baseWinRate) {
		this.baseWinRate = baseWinRate;
	}

	public double baseWinRate() {
		return this.baseWinRate;
	}

}
