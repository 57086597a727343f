package dev.dealgraph.person;

/**
 * Published inside the transaction that is about to delete a person or a colleague. A
 * feature that attaches its own edges to individuals removes them here, with whatever
 * that implies for its objects (a deal whose team or stakeholders change gets a new
 * version); the individual itself goes once every listener is done.
 *
 * @param individualId the person or colleague
 */
public record IndividualDeletion(String individualId) {
}
