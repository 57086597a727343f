package dev.dealgraph.person;

/** What one of our own people does. */
public enum ColleagueFunction {

	SALES, ENGINEERING, EXECUTIVE, PARTNER, OTHER

}
