package dev.dealgraph.deal;

/** How much a person's view weighs in one deal. */
public enum Influence {

	LOW, MEDIUM, HIGH

}
