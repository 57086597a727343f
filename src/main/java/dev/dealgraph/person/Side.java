package dev.dealgraph.person;

/** Which company someone belongs to. */
public enum Side {

	/** One of our colleagues. */
	OURS,
	/** A person who works at an account. */
	CUSTOMER,
	/** A person who works at none of our accounts. */
	OUTSIDE

}
