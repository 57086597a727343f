package dev.dealgraph.assessment;

import java.util.List;

import dev.dealgraph.deal.DealFacts;

/**
 * A deal's red flags and probability, before they are put in words: what the pipeline and
 * the account view list, kept per state of the read model.
 *
 * @param facts the deal
 * @param deal the case the rules read
 * @param findings its red flags, most severe first
 * @param probability its win probability
 */
record Judged(DealFacts facts, DealCase deal, List<Finding> findings, WinProbability probability) {

	/** Value × probability; 0 without a value. */
	double weightedValue() {
		Long value = this.facts.summary().value();
		return (value != null) ? value * this.probability.value() : 0;
	}

	int highFlags() {
		return (int) this.findings.stream().filter((f) -> f.severity() == Severity.HIGH).count();
	}

}
