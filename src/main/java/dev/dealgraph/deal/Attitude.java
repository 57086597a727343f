package dev.dealgraph.deal;

/** A person's attitude toward us in one deal; unknown is a value too. */
public enum Attitude {

	SPONSOR, SUPPORTER, NEUTRAL, NON_SUPPORTER, OPPONENT, UNKNOWN

}
