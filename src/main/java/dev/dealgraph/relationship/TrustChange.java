package dev.dealgraph.relationship;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One step of a KNOWS tie's trust progression (domain.md §4), as an answer shows it.
 *
 * @param at when it was written (or, for an imported step, the day it happened)
 * @param change CREATED for the first entry and for one after the tie had ended, ENDED
 * when the tie was deleted, CHANGED otherwise
 * @param from the level before, null for a created tie or an unrated one
 * @param to the level after, null for an unrated or ended tie
 * @param strength the tie's strength when it was written, when it had one
 * @param by the user whose request wrote it ({@code system} for the demo and migrations)
 */
public record TrustChange(OffsetDateTime at, Change change, @Nullable TrustLevel from, @Nullable TrustLevel to,
		@Nullable Double strength, String by) {

	/** What happened to the tie. */
	public enum Change {

		CREATED, CHANGED, ENDED

	}

}
