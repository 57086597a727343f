package dev.dealgraph.person;

/** The four temperaments: powerful, lively, perfect and peaceful. */
public enum Temperament {

	DRIVER, EXPRESSIVE, ANALYTICAL, AMIABLE, UNKNOWN

}
