package dev.dealgraph.assessment;

/** How much a red flag threatens the deal, most severe first. */
public enum Severity {

	HIGH, MEDIUM, LOW

}
