package dev.dealgraph.deal;

/** A role a person plays in one deal. */
public enum Role {

	DECISION_MAKER, APPROVER, TECHNICAL_GATEKEEPER, USER, COACH, CHAMPION, INITIATOR, PURCHASER

}
