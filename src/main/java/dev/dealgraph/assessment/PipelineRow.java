package dev.dealgraph.assessment;

import dev.dealgraph.deal.Stage;
import org.jspecify.annotations.Nullable;

/**
 * One open deal in the pipeline.
 *
 * @param dealId the deal
 * @param name its name
 * @param accountId the account it is at
 * @param stage procurement stage
 * @param value expected value
 * @param currency ISO 4217 code
 * @param probability its win probability
 * @param weightedValue value × probability, rounded to whole units; 0 without a value
 * @param redFlags how many red flags it has
 * @param topRedFlag its most severe red flag, null when it has none
 */
public record PipelineRow(String dealId, String name, @Nullable String accountId, Stage stage, @Nullable Long value,
		@Nullable String currency, double probability, long weightedValue, int redFlags,
		DealAssessment.@Nullable RedFlag topRedFlag) {
}
