package dev.dealgraph.system;

/**
 * How far a team may go with an account and everything at it, each level including the
 * ones before it.
 */
public enum Level {

	/** See the account, its people, deals, stakeholder facts and ties; export them. */
	READ,

	/** Also create, change and delete what is at the account. */
	EDIT,

	/** Also delete the account itself. */
	ADMIN;

	public boolean includes(Level other) {
		return compareTo(other) >= 0;
	}

}
