package dev.dealgraph.upkeep;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An account's relationship health on one day.
 *
 * @param month the month, {@code 2026-11}
 * @param asOf its last day, or today for the current month
 * @param score 0 to 100, as {@code HealthScore} defines it
 * @param people the account's people the caller may read
 * @param known how many of them someone of ours knew then
 * @param ties our KNOWS ties to them then
 * @param byTrust those ties by the trust level they stood at then (UNRATED: none)
 * @param meanStrength their mean effective strength that day, null without ties
 * @param interactions contacts recorded with them that month up to that day
 * @param outcomes those contacts by how they went
 */
public record HealthPoint(String month, LocalDate asOf, int score, int people, int known, int ties,
		Map<String, Integer> byTrust, @Nullable Double meanStrength, int interactions, Map<String, Integer> outcomes) {

}
