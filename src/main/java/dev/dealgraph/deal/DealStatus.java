package dev.dealgraph.deal;

/** Whether a deal is still being worked. */
public enum DealStatus {

	OPEN, WON, LOST

}
