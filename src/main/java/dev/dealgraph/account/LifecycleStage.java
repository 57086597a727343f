package dev.dealgraph.account;

/** Where the account is in its life with us. */
public enum LifecycleStage {

	ACQUISITION, GROWTH, MATURITY, DECLINE, EXIT

}
