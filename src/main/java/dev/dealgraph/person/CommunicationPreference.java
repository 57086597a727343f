package dev.dealgraph.person;

/** How a person prefers to take in a proposal. */
public enum CommunicationPreference {

	FACTS, BIG_PICTURE, DETAIL, PEOPLE, UNKNOWN

}
