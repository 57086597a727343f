package dev.dealgraph.relationship;

/** The trust quadrant of a colleague-to-person tie. */
public enum TrustLevel {

	OUTSIDER, FRIEND, SUPPLIER, PARTNER

}
