package dev.dealgraph.deal;

/** Miller Heiman response mode: does the person see a gap worth closing? */
public enum Mode {

	GROWTH, TROUBLE, EVEN_KEEL, OVERCONFIDENT, UNKNOWN

}
