package dev.dealgraph.relationship;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One tie as an assessment weighs it.
 *
 * @param type the tie's type
 * @param from the first individual; for REPORTS_TO the subordinate, for INFLUENCES the
 * one who sways
 * @param to the second individual
 * @param strength the tie's strength, or {@code Float.NaN} for a type that has none
 * @param level for a KNOWS tie of ours, the trust quadrant, when recorded
 * @param lastContact for a KNOWS tie, when its two ends last spoke, when recorded
 */
public record TieDetail(TieType type, String from, String to, float strength, @Nullable TrustLevel level,
		@Nullable LocalDate lastContact) {

	/** The other end, seen from {@code id}. */
	public String other(String id) {
		return this.from.equals(id) ? this.to : this.from;
	}

}
