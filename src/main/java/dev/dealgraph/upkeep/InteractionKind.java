package dev.dealgraph.upkeep;

/** How a colleague and a person were in touch. */
public enum InteractionKind {

	VISIT, CALL, MESSAGE, MEAL, EVENT, GIFT, PRESENTATION, PROPOSAL, OTHER

}
