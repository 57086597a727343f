package dev.dealgraph.upkeep;

/** How a contact went. */
public enum Outcome {

	POSITIVE, NEUTRAL, NEGATIVE

}
